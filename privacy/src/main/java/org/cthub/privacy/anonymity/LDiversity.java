package org.cthub.privacy.anonymity;

import java.util.Objects;

/**
 * l-diversity of a sensitive attribute within every equivalence class (Machanavajjhala et al. 2007,
 * "l-Diversity: Privacy Beyond k-Anonymity", ACM TKDD 1(1), definitions 4.1 and 4.2 as ARX implements them).
 * A multi-valued cell (such as the types of exploitation {@code Forced labour;Sexual exploitation}) is one
 * sensitive value: the set of its values, so two records differ when their sets differ.
 *
 * @param sensitiveColumn the column holding the sensitive attribute; not a quasi-identifier
 * @param l the minimum: distinct values per class, or {@code exp} of the class entropy (natural logarithm)
 * @param variant distinct or entropy l-diversity
 */
public record LDiversity(String sensitiveColumn, double l, Variant variant) {

    /** Which l-diversity. */
    public enum Variant {
        /** At least l different sensitive values in each class. */
        DISTINCT,
        /** Entropy of the sensitive values in each class at least log(l). */
        ENTROPY
    }

    public LDiversity {
        Objects.requireNonNull(sensitiveColumn, "sensitiveColumn");
        Objects.requireNonNull(variant, "variant");
        if (!(l >= 1)) {
            throw new IllegalArgumentException("l must be at least 1: " + l);
        }
    }

    public static LDiversity distinct(String sensitiveColumn, int l) {
        return new LDiversity(sensitiveColumn, l, Variant.DISTINCT);
    }

    public static LDiversity entropy(String sensitiveColumn, double l) {
        return new LDiversity(sensitiveColumn, l, Variant.ENTROPY);
    }
}
