package org.cthub.privacy.anonymity;

import java.util.Optional;

/**
 * What a release must satisfy: k-anonymity (Sweeney 2002), optionally l-diversity, with at most a share of the
 * records suppressed. As in ARX, a record is suppressed when its equivalence class is smaller than k (or not
 * l-diverse); a transformation is acceptable when at most {@code floor(suppressionLimit × n)} records are
 * suppressed.
 *
 * @param k minimum size of every released equivalence class, at least 1
 * @param suppressionLimit share of records that may be suppressed, in [0, 1]
 * @param lDiversity optional l-diversity of a sensitive attribute
 */
public record Criteria(int k, double suppressionLimit, Optional<LDiversity> lDiversity) {

    public Criteria {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1: " + k);
        }
        if (!(suppressionLimit >= 0 && suppressionLimit <= 1)) {
            throw new IllegalArgumentException("The suppression limit must be in [0, 1]: " + suppressionLimit);
        }
        lDiversity = lDiversity == null ? Optional.empty() : lDiversity;
    }

    public static Criteria kAnonymity(int k, double suppressionLimit) {
        return new Criteria(k, suppressionLimit, Optional.empty());
    }

    public Criteria with(LDiversity diversity) {
        return new Criteria(k, suppressionLimit, Optional.of(diversity));
    }

    /** The largest number of records that may be suppressed in a table of {@code rows} records. */
    public long maxSuppressed(long rows) {
        return (long) Math.floor(suppressionLimit * rows);
    }

    /**
     * Whether acceptability is monotone in the lattice (a generalisation of an acceptable node is acceptable),
     * which lets the search tag nodes it has not checked. True for k-anonymity and distinct l-diversity with
     * suppression (a class that fails after merging was made of classes that all fail), and for entropy
     * l-diversity without suppression (entropy is concave), but not for entropy l-diversity with suppression.
     */
    boolean monotone() {
        return lDiversity.map(d -> d.variant() == LDiversity.Variant.DISTINCT || suppressionLimit == 0)
                .orElse(true);
    }
}
