package org.cthub.privacy.dp;

/**
 * The standard normal distribution's CDF and its inverse, accurate to about 1e-15 relative, also far in the
 * tails, as the Gaussian mechanism's calibration needs. {@code erfc} uses its power series below 2 and its
 * continued fraction above (Abramowitz and Stegun 7.1.6 and 7.1.14); the inverse is found by bisection.
 */
public final class StandardNormal {

    private static final double SQRT_PI = Math.sqrt(Math.PI);

    private StandardNormal() {
    }

    /** P(Z ≤ z). */
    public static double cdf(double z) {
        return erfc(-z / Math.sqrt(2)) / 2;
    }

    /** The z with {@code cdf(z) = p}. @throws IllegalArgumentException unless 0 < p < 1 */
    public static double inverseCdf(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p must be in (0, 1): " + p);
        }
        double low = -40;
        double high = 40;
        for (int i = 0; i < 200 && high - low > 1e-15 * Math.max(1, Math.abs(low)); i++) {
            double mid = (low + high) / 2;
            if (cdf(mid) < p) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }

    /** The complementary error function. */
    static double erfc(double x) {
        if (x < 0) {
            return 2 - erfc(-x);
        }
        if (x < 2) {
            // erf(x) = 2/sqrt(pi) e^{-x^2} sum_n 2^n x^{2n+1} / (1*3*...*(2n+1)): all terms positive.
            double term = x;
            double sum = x;
            for (int n = 1; n < 200 && term > 1e-17 * sum; n++) {
                term *= 2 * x * x / (2 * n + 1);
                sum += term;
            }
            return 1 - 2 / SQRT_PI * Math.exp(-x * x) * sum;
        }
        // erfc(x) = e^{-x^2}/sqrt(pi) * 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))), evaluated backwards.
        double fraction = x;
        for (int n = 300; n >= 1; n--) {
            fraction = x + (n / 2.0) / fraction;
        }
        return Math.exp(-x * x) / (SQRT_PI * fraction);
    }
}
