package org.cthub.linkage.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
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

    /**
     * The pooled-adjacent-violators M-step against a brute-force oracle: among 20,000 random (m, u) with m/u
     * non-increasing, none has a higher likelihood Σ a log m + Σ b log u than the pooled solution, which itself
     * keeps the order and so m ≥ u at exact agreement.
     */
    @Property(tries = 60)
    void poolsToTheMostLikelyMonotoneRatio(@ForAll @LongRange(min = 1) long seed,
            @ForAll @DoubleRange(min = 0, max = 1) double skew) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] a = new double[4];
        double[] b = new double[4];
        for (int l = 0; l < 4; l++) {
            a[l] = random.nextDouble() * (l == 3 ? 100 * skew : 100) + 0.01;
            b[l] = random.nextDouble() * (l == 0 ? 100 * skew : 100) + 0.01;
        }
        double[][] best = ExpectationMaximisation.monotone(a, b, null);
        for (int l = 0; l + 1 < 4; l++) {
            assertThat(best[0][l] * best[1][l + 1]).isGreaterThanOrEqualTo(best[0][l + 1] * best[1][l] * (1 - 1e-12));
        }
        assertThat(best[0][0]).isGreaterThanOrEqualTo(best[1][0] * (1 - 1e-12));
        double bestValue = logLikelihood(a, b, best[0], best[1]);
        for (int trial = 0; trial < 20_000; trial++) {
            double[] u = dirichlet(random);
            double[] ratio = new double[4];
            ratio[3] = random.nextDouble();
            for (int l = 2; l >= 0; l--) {
                ratio[l] = ratio[l + 1] + random.nextDouble() * (random.nextBoolean() ? 0.1 : 10);
            }
            double[] m = new double[4];
            double total = 0;
            for (int l = 0; l < 4; l++) {
                m[l] = u[l] * ratio[l];
                total += m[l];
            }
            for (int l = 0; l < 4; l++) {
                m[l] /= total;
            }
            assertThat(logLikelihood(a, b, m, u)).isLessThanOrEqualTo(bestValue + 1e-9);
        }
    }

    @Test
    void keepsExactAgreementAtLeastAsLikelyAmongMatchesAndLambdaBounded() {
        // Counts in which "matches" agree on the first field less than non-matches do: unconstrained EM would
        // let exact agreement count against a match.
        long[] perPair = new long[20_000];
        SplittableRandom random = new SplittableRandom(3);
        for (int k = 0; k < perPair.length; k++) {
            double[][] p = random.nextDouble() < 0.4 ? new double[][] {{0.05, 0.05, 0.9}, {0.9, 0.05, 0.05}}
                    : new double[][] {{0.6, 0.2, 0.2}, {0.05, 0.15, 0.8}};
            perPair[k] = draw(p[0], random) | (long) draw(p[1], random) << 4;
        }
        ComparisonPatterns patterns = ComparisonPatterns.count(perPair);
        double[][] start = {{0.8, 0.1, 0.1}, {0.8, 0.1, 0.1}};
        double[][] startU = {{0.2, 0.3, 0.5}, {0.2, 0.3, 0.5}};
        FellegiSunterModel fitted = new ExpectationMaximisation(500, 1e-9).fit(patterns.distinct(),
                patterns.counts(), new FellegiSunterModel(0.05, start, startU), false, 0.1, 0);

        assertThat(fitted.lambda()).isLessThanOrEqualTo(0.1);
        for (int f = 0; f < 2; f++) {
            for (int l = 0; l + 1 < 3; l++) {
                assertThat(fitted.m()[f][l] / fitted.u()[f][l]).as("ratio falls, field %d level %d", f, l)
                        .isGreaterThanOrEqualTo(fitted.m()[f][l + 1] / fitted.u()[f][l + 1] * (1 - 1e-6));
            }
        }
        FellegiSunterModel raised = new ExpectationMaximisation(500, 1e-9).fit(patterns.distinct(),
                patterns.counts(), new FellegiSunterModel(0.05, start, startU), false, 0.1, 0.7);
        assertThat(raised.m()[0][0]).isGreaterThanOrEqualTo(0.7 - 1e-6);
        assertThat(raised.m()[1][0]).isGreaterThanOrEqualTo(0.7 - 1e-6);
    }

    private static double logLikelihood(double[] a, double[] b, double[] m, double[] u) {
        double sum = 0;
        for (int l = 0; l < a.length; l++) {
            sum += a[l] * Math.log(m[l]) + b[l] * Math.log(u[l]);
        }
        return sum;
    }

    private static double[] dirichlet(SplittableRandom random) {
        double[] out = new double[4];
        double total = 0;
        for (int l = 0; l < 4; l++) {
            out[l] = -Math.log(1 - random.nextDouble()) + 1e-9;
            total += out[l];
        }
        for (int l = 0; l < 4; l++) {
            out[l] /= total;
        }
        return out;
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
