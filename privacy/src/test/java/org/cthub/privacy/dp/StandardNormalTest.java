package org.cthub.privacy.dp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StandardNormalTest {

    @Test
    void cdfMatchesReferenceValuesIncludingTheTails() {
        assertThat(StandardNormal.cdf(0)).isCloseTo(0.5, within(1e-16));
        assertThat(StandardNormal.cdf(-1)).isCloseTo(0.15865525393145707, within(1e-15));
        assertThat(StandardNormal.cdf(1.96)).isCloseTo(0.9750021048517795, within(1e-15));
        assertThat(StandardNormal.cdf(-5) / 2.866515718791939e-7).isCloseTo(1, within(1e-12));
        assertThat(StandardNormal.cdf(-10) / 7.619853024160527e-24).isCloseTo(1, within(1e-12));
    }

    @Test
    void inverseCdfInvertsTheCdf() {
        for (double p : new double[] {1e-12, 1e-6, 0.025, 0.5, 0.9, 1 - 1e-9}) {
            assertThat(StandardNormal.cdf(StandardNormal.inverseCdf(p)) / p).isCloseTo(1, within(1e-9));
        }
        assertThat(StandardNormal.inverseCdf(0.975)).isCloseTo(1.959963984540054, within(1e-12));
    }
}
