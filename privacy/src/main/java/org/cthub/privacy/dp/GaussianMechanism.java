package org.cthub.privacy.dp;

import java.math.BigDecimal;
import java.util.random.RandomGenerator;

/**
 * The Gaussian mechanism: adds N(0, sigma^2) to a value whose L2 sensitivity is {@code sensitivity}, giving
 * (epsilon, delta)-differential privacy.
 *
 * <p>{@link Calibration#ANALYTIC} uses the exact condition of Balle and Wang (2018, "Improving the Gaussian
 * mechanism for differential privacy: analytical calibration and optimal denoising", ICML, Theorem 8): the
 * mechanism is (epsilon, delta)-DP iff
 * {@code Phi(D/(2s) - e s/D) - exp(e) Phi(-D/(2s) - e s/D) <= delta}; the smallest such sigma is found by
 * bisection. It is valid for every epsilon > 0 and needs less noise than {@link Calibration#CLASSIC},
 * {@code sigma = D sqrt(2 ln(1.25/delta)) / epsilon} (Dwork and Roth 2014, Theorem A.1), which holds only for
 * epsilon < 1.
 */
public final class GaussianMechanism {

    /** How sigma is chosen. */
    public enum Calibration { ANALYTIC, CLASSIC }

    private final double epsilon;
    private final double delta;
    private final double sensitivity;
    private final double sigma;

    /**
     * @param epsilon privacy loss, positive (below 1 for the classic calibration)
     * @param delta probability of exceeding it, in (0, 1)
     * @param sensitivity L2 sensitivity, positive
     */
    public GaussianMechanism(double epsilon, double delta, double sensitivity, Calibration calibration) {
        if (!(epsilon > 0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("epsilon must be positive and finite: " + epsilon);
        }
        if (!(delta > 0 && delta < 1)) {
            throw new IllegalArgumentException("delta must be in (0, 1): " + delta);
        }
        if (!(sensitivity > 0) || Double.isInfinite(sensitivity)) {
            throw new IllegalArgumentException("sensitivity must be positive and finite: " + sensitivity);
        }
        if (calibration == Calibration.CLASSIC && epsilon >= 1) {
            throw new IllegalArgumentException("The classic calibration holds only for epsilon < 1: " + epsilon);
        }
        this.epsilon = epsilon;
        this.delta = delta;
        this.sensitivity = sensitivity;
        this.sigma = calibration == Calibration.CLASSIC
                ? sensitivity * Math.sqrt(2 * Math.log(1.25 / delta)) / epsilon
                : analyticSigma(epsilon, delta, sensitivity);
    }

    public double sigma() {
        return sigma;
    }

    /** The delta that noise of scale sigma achieves at this epsilon and sensitivity (Balle and Wang, Theorem 8). */
    public static double delta(double epsilon, double sensitivity, double sigma) {
        double a = sensitivity / (2 * sigma);
        double b = epsilon * sigma / sensitivity;
        return StandardNormal.cdf(a - b) - Math.exp(epsilon) * StandardNormal.cdf(-a - b);
    }

    private static double analyticSigma(double epsilon, double delta, double sensitivity) {
        double low = 0;
        double high = sensitivity;
        while (delta(epsilon, sensitivity, high) > delta) {
            low = high;
            high *= 2;
        }
        for (int i = 0; i < 200 && high - low > 1e-14 * high; i++) {
            double mid = (low + high) / 2;
            if (mid > 0 && delta(epsilon, sensitivity, mid) > delta) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return high;
    }

    public double noise(RandomGenerator random) {
        return sigma * random.nextGaussian();
    }

    public double release(double value, RandomGenerator random) {
        return value + noise(random);
    }

    /** Charges the ledger with epsilon and delta, then releases the value plus noise. */
    public double release(double value, PrivacyBudgetLedger ledger, String purpose, RandomGenerator random) {
        ledger.spend(purpose, "gaussian", BigDecimal.valueOf(epsilon), BigDecimal.valueOf(delta));
        return release(value, random);
    }
}
