package org.cthub.privacy.dp;

import java.math.BigDecimal;
import java.util.random.RandomGenerator;

/**
 * The two-sided geometric mechanism (Ghosh, Roughgarden and Sundararajan 2009, "Universally utility-maximizing
 * privacy mechanisms", STOC), the discrete Laplace mechanism for integer counts: it adds Z with
 * {@code P(Z = z) = (1 - a)/(1 + a) * a^|z|}, {@code a = exp(-epsilon / sensitivity)}, and is
 * epsilon-differentially private for queries whose value changes by at most {@code sensitivity} when one
 * person's records are added or removed. Z is drawn as the difference of two geometric variables, each by
 * inversion; the output is an integer, so the floating-point weakness of the continuous Laplace mechanism
 * (Mironov 2012) does not arise in the same form.
 */
public final class GeometricMechanism {

    private final double epsilon;
    private final long sensitivity;
    private final double alpha;

    /**
     * @param epsilon privacy loss, positive
     * @param sensitivity largest change of the count by one person, at least 1
     */
    public GeometricMechanism(double epsilon, long sensitivity) {
        if (!(epsilon > 0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("epsilon must be positive and finite: " + epsilon);
        }
        if (sensitivity < 1) {
            throw new IllegalArgumentException("sensitivity must be at least 1: " + sensitivity);
        }
        this.epsilon = epsilon;
        this.sensitivity = sensitivity;
        this.alpha = Math.exp(-epsilon / sensitivity);
    }

    /** The noise's parameter a. */
    public double alpha() {
        return alpha;
    }

    /** P(Z = z). */
    public double pmf(long z) {
        return (1 - alpha) / (1 + alpha) * Math.pow(alpha, Math.abs(z));
    }

    /** Var(Z) = 2a / (1 - a)^2. */
    public double variance() {
        return 2 * alpha / ((1 - alpha) * (1 - alpha));
    }

    /** Draws the noise. */
    public long noise(RandomGenerator random) {
        return geometric(random) - geometric(random);
    }

    /** The count plus noise. */
    public long release(long count, RandomGenerator random) {
        return Math.addExact(count, noise(random));
    }

    /** Charges the ledger with epsilon (and no delta), then releases the count. */
    public long release(long count, PrivacyBudgetLedger ledger, String purpose, RandomGenerator random) {
        ledger.spend(purpose, "geometric", BigDecimal.valueOf(epsilon), BigDecimal.ZERO);
        return release(count, random);
    }

    /** Failures before the first success, success probability 1 - a: floor(ln U / ln a), U uniform on (0, 1]. */
    private long geometric(RandomGenerator random) {
        double u = 1 - random.nextDouble();
        return (long) Math.floor(Math.log(u) / Math.log(alpha));
    }
}
