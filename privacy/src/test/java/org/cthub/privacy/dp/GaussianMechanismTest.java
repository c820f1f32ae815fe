package org.cthub.privacy.dp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class GaussianMechanismTest {

    /**
     * An oracle independent of the closed form: the hockey-stick divergence
     * {@code delta = integral of max(0, p0(x) - e^epsilon p1(x))} of N(0, s^2) against N(D, s^2), by Simpson's rule.
     */
    private static double numericalDelta(double epsilon, double sensitivity, double sigma) {
        double from = -30 * sigma;
        double to = sensitivity + 30 * sigma;
        int steps = 400_000;
        double h = (to - from) / steps;
        double sum = 0;
        for (int i = 0; i <= steps; i++) {
            double x = from + i * h;
            double p0 = Math.exp(-x * x / (2 * sigma * sigma));
            double p1 = Math.exp(-(x - sensitivity) * (x - sensitivity) / (2 * sigma * sigma));
            double f = Math.max(0, p0 - Math.exp(epsilon) * p1) / (sigma * Math.sqrt(2 * Math.PI));
            sum += (i == 0 || i == steps ? 1 : i % 2 == 1 ? 4 : 2) * f;
        }
        return sum * h / 3;
    }

    @Test
    void analyticCalibrationAchievesExactlyTheTargetDelta() {
        for (double[] setting : new double[][] {{1, 1e-5, 1}, {0.1, 1e-6, 1}, {4, 1e-5, 3}}) {
            GaussianMechanism mechanism = new GaussianMechanism(setting[0], setting[1], setting[2],
                    GaussianMechanism.Calibration.ANALYTIC);
            double achieved = numericalDelta(setting[0], setting[2], mechanism.sigma());
            assertThat(achieved / setting[1]).isCloseTo(1, within(1e-4));
            // Minimal: a little less noise breaks the guarantee.
            assertThat(GaussianMechanism.delta(setting[0], setting[2], mechanism.sigma() * 0.999))
                    .isGreaterThan(setting[1]);
        }
    }

    @Test
    void analyticCalibrationNeedsLessNoiseThanTheClassicBound() {
        double analytic = new GaussianMechanism(0.5, 1e-5, 1, GaussianMechanism.Calibration.ANALYTIC).sigma();
        double classic = new GaussianMechanism(0.5, 1e-5, 1, GaussianMechanism.Calibration.CLASSIC).sigma();
        assertThat(classic).isCloseTo(Math.sqrt(2 * Math.log(1.25e5)) / 0.5, within(1e-12));
        assertThat(analytic).isLessThan(classic);
        assertThat(GaussianMechanism.delta(0.5, 1, classic)).isLessThanOrEqualTo(1e-5);
    }

    @Test
    void noiseVarianceMatchesTheCalibration() {
        GaussianMechanism mechanism = new GaussianMechanism(1, 1e-5, 1, GaussianMechanism.Calibration.ANALYTIC);
        RandomGenerator random = NoiseSources.seeded(42);
        int draws = 100_000;
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < draws; i++) {
            double z = mechanism.noise(random);
            sum += z;
            squares += z * z;
        }
        double mean = sum / draws;
        double variance = squares / draws - mean * mean;
        // The sample variance's relative standard error is sqrt(2/n) = 0.45 %.
        assertThat(variance / (mechanism.sigma() * mechanism.sigma())).isCloseTo(1, within(0.02));
        assertThat(mean).isCloseTo(0, within(5 * mechanism.sigma() / Math.sqrt(draws)));
    }

    @Test
    void classicCalibrationRefusesLargeEpsilon() {
        assertThatThrownBy(() -> new GaussianMechanism(1, 1e-5, 1, GaussianMechanism.Calibration.CLASSIC))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
