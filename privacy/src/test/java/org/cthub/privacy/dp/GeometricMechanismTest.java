package org.cthub.privacy.dp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class GeometricMechanismTest {

    @Test
    void pmfSumsToOne() {
        GeometricMechanism mechanism = new GeometricMechanism(0.5, 1);
        double sum = 0;
        for (long z = -2000; z <= 2000; z++) {
            sum += mechanism.pmf(z);
        }
        assertThat(sum).isCloseTo(1, within(1e-12));
    }

    @Test
    void empiricalDistributionMatchesThePmfByChiSquare() {
        GeometricMechanism mechanism = new GeometricMechanism(0.7, 1);
        RandomGenerator random = NoiseSources.seeded(20250607L);
        int draws = 100_000;
        int limit = 10;
        long[] observed = new long[2 * limit + 3];
        for (int i = 0; i < draws; i++) {
            long z = mechanism.noise(random);
            int bin = z < -limit ? 0 : z > limit ? observed.length - 1 : (int) z + limit + 1;
            observed[bin]++;
        }
        double tail = 0;
        for (long z = limit + 1; z < 10_000; z++) {
            tail += mechanism.pmf(z);
        }
        double chiSquare = 0;
        for (int bin = 0; bin < observed.length; bin++) {
            double p = bin == 0 || bin == observed.length - 1 ? tail : mechanism.pmf(bin - limit - 1);
            double expected = draws * p;
            chiSquare += (observed[bin] - expected) * (observed[bin] - expected) / expected;
        }
        int degrees = observed.length - 1;
        // Upper 0.1 % point of chi-square (Wilson-Hilferty): with a fixed seed the test is deterministic.
        double critical = degrees * Math.pow(1 - 2.0 / (9 * degrees) + 3.090 * Math.sqrt(2.0 / (9 * degrees)), 3);
        assertThat(chiSquare).isLessThan(critical);
    }

    @Test
    void varianceMatchesTheFormula() {
        GeometricMechanism mechanism = new GeometricMechanism(0.3, 2);
        RandomGenerator random = NoiseSources.seeded(7);
        int draws = 100_000;
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < draws; i++) {
            double z = mechanism.noise(random);
            sum += z;
            squares += z * z;
        }
        double variance = squares / draws - (sum / draws) * (sum / draws);
        assertThat(variance / mechanism.variance()).isCloseTo(1, within(0.03));
        assertThat(mechanism.alpha()).isCloseTo(Math.exp(-0.15), within(1e-15));
    }

    @Test
    void releaseChargesTheLedgerFirst() {
        PrivacyBudgetLedger ledger = new PrivacyBudgetLedger("ctdc-2025", new java.math.BigDecimal("1"),
                java.math.BigDecimal.ZERO);
        new GeometricMechanism(0.25, 1).release(40, ledger, "victims by region", NoiseSources.seeded(1));
        assertThat(ledger.spentEpsilon()).isEqualByComparingTo("0.25");
        assertThat(ledger.entries()).singleElement().satisfies(entry -> assertThat(entry.mechanism())
                .isEqualTo("geometric"));
    }
}
