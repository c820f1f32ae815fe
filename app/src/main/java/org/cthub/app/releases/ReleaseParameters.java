package org.cthub.app.releases;

import java.math.BigDecimal;
import java.util.Objects;
import org.cthub.store.releases.PrivacyBudgets;
import java.util.OptionalLong;

/**
 * What a release is asked for.
 *
 * @param method k-anonymity or synthetic
 * @param k minimum size of every published class of quasi-identifiers, at least 2
 * @param suppressionLimit share of records whose quasi-identifiers may be suppressed, in [0, 1]
 * @param lDiversity distinct l-diversity of the set of types of exploitation in every class; 1 means none
 * @param epsilon the release's whole privacy budget (noisy aggregates and, for synthetic data, synthesis)
 * @param delta the release's delta budget (synthetic data only; the geometric mechanism spends none)
 * @param seed a seed for the noise, for tests only; empty for cryptographically strong noise
 */
record ReleaseParameters(ReleaseMethod method, int k, double suppressionLimit, int lDiversity, BigDecimal epsilon,
                         BigDecimal delta, OptionalLong seed) {

    ReleaseParameters {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(seed, "seed");
        if (k < 2) {
            throw new IllegalArgumentException("--k must be at least 2: " + k);
        }
        if (!(suppressionLimit >= 0 && suppressionLimit <= 1)) {
            throw new IllegalArgumentException("--suppression must be in [0, 1]: " + suppressionLimit);
        }
        if (lDiversity < 1) {
            throw new IllegalArgumentException("--l-diversity must be at least 1: " + lDiversity);
        }
        if (epsilon.signum() <= 0) {
            throw new IllegalArgumentException("--epsilon must be positive: " + epsilon.toPlainString());
        }
        if (epsilon.stripTrailingZeros().scale() > PrivacyBudgets.SCALE) {
            // The budget is kept to this many decimals; a finer epsilon would be rounded when charged.
            throw new IllegalArgumentException("--epsilon has at most " + PrivacyBudgets.SCALE + " decimals: "
                    + epsilon.toPlainString());
        }
        if (delta.signum() <= 0 || delta.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("--delta must be in (0, 1): " + delta.toPlainString());
        }
    }

    static ReleaseParameters kAnonymity(int k, double suppressionLimit, BigDecimal epsilon) {
        return new ReleaseParameters(ReleaseMethod.K_ANONYMITY, k, suppressionLimit, 1, epsilon,
                new BigDecimal("1E-6"), OptionalLong.empty());
    }

    ReleaseParameters withSeed(long newSeed) {
        return new ReleaseParameters(method, k, suppressionLimit, lDiversity, epsilon, delta, OptionalLong.of(newSeed));
    }

    ReleaseParameters withLDiversity(int l) {
        return new ReleaseParameters(method, k, suppressionLimit, l, epsilon, delta, seed);
    }

    ReleaseParameters withMethod(ReleaseMethod newMethod) {
        return new ReleaseParameters(newMethod, k, suppressionLimit, lDiversity, epsilon, delta, seed);
    }
}
