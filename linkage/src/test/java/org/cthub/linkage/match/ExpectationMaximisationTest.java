package org.cthub.linkage.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ExpectationMaximisationTest {

    private static final double[][] M = {{0.85, 0.10, 0.05}, {0.90, 0.07, 0.03}, {0.75, 0.15, 0.10},
        {0.95, 0.04, 0.01}};
    private static final double[][] U = {{0.02, 0.08, 0.90}, {0.01, 0.04, 0.95}, {0.10, 0.20, 0.70},
        {0.005, 0.015, 0.98}};

    @Test
    void recoversKnownParametersFromSimulatedVectors() {
        SplittableRandom random = new SplittableRandom(11);
        double lambda = 0.2;
        long[] perPair = new long[100_000];
        for (int k = 0; k < perPair.length; k++) {
            double[][] p = random.nextDouble() < lambda ? M : U;
            long pattern = 0;
            for (int f = 0; f < p.length; f++) {
                pattern |= (long) draw(p[f], random) << (4 * f);
            }
            perPair[k] = pattern;
        }
        ComparisonPatterns patterns = ComparisonPatterns.count(perPair);
        double[][] startM = {{0.6, 0.2, 0.2}, {0.6, 0.2, 0.2}, {0.6, 0.2, 0.2}, {0.6, 0.2, 0.2}};
        double[][] startU = {{0.1, 0.2, 0.7}, {0.1, 0.2, 0.7}, {0.1, 0.2, 0.7}, {0.1, 0.2, 0.7}};
        FellegiSunterModel fitted = new ExpectationMaximisation(500, 1e-8)
                .fit(patterns.distinct(), patterns.counts(), new FellegiSunterModel(0.5, startM, startU), false);
        assertThat(fitted.lambda()).isCloseTo(lambda, within(0.01));
        for (int f = 0; f < M.length; f++) {
            for (int l = 0; l < 3; l++) {
                assertThat(fitted.m()[f][l]).as("m[%d][%d]", f, l).isCloseTo(M[f][l], within(0.02));
                assertThat(fitted.u()[f][l]).as("u[%d][%d]", f, l).isCloseTo(U[f][l], within(0.02));
            }
        }
    }

    @Test
    void missingFieldsLeaveTheOddsUnchanged() {
        FellegiSunterModel model = new FellegiSunterModel(0.2, M, U);
        long allMissing = 0xFFFFL;
        assertThat(model.probability(allMissing)).isCloseTo(0.2, within(1e-12));
    }

    private static int draw(double[] p, SplittableRandom random) {
        double x = random.nextDouble();
        for (int l = 0; l < p.length - 1; l++) {
            x -= p[l];
            if (x < 0) {
                return l;
            }
        }
        return p.length - 1;
    }
}
