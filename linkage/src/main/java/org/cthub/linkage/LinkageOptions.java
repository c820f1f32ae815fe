package org.cthub.linkage;

import java.util.List;
import org.cthub.linkage.normalise.FieldKind;

/**
 * What to link and how.
 *
 * @param fields          field names, in the order of the records' values (at most 16)
 * @param kinds           the kind of each field
 * @param threshold       the match probability at or above which a pair is accepted, in (0, 1)
 * @param crossSourceOnly compare only records from different sources (link) rather than all pairs (dedupe)
 * @param onePerSource    a person has at most one record per source (each list already deduplicated)
 * @param maxClusterSize  the largest cluster (person) allowed, against chaining
 * @param maxBlockSize    blocks larger than this are skipped
 * @param seed            seed for random pairs and LSH positions
 */
public record LinkageOptions(List<String> fields, List<FieldKind> kinds, double threshold, boolean crossSourceOnly,
        boolean onePerSource, int maxClusterSize, int maxBlockSize, long seed) {

    /** Checks the options. */
    public LinkageOptions {
        fields = List.copyOf(fields);
        kinds = List.copyOf(kinds);
        if (fields.isEmpty() || fields.size() != kinds.size() || fields.size() > 16) {
            throw new IllegalArgumentException("need 1 to 16 fields, each with a kind");
        }
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1), got " + threshold);
        }
        if (maxClusterSize < 2 || maxBlockSize < 2) {
            throw new IllegalArgumentException("maxClusterSize and maxBlockSize must be at least 2");
        }
    }

    /**
     * Defaults for deduplicating one list: threshold 0.9, clusters up to 50, blocks up to 500.
     *
     * @param fields field names; kinds are guessed from them ({@link FieldKind#guess})
     * @return the options
     */
    public static LinkageOptions dedupe(List<String> fields) {
        return new LinkageOptions(fields, fields.stream().map(FieldKind::guess).toList(), 0.9, false, false, 50,
                500, 42);
    }

    /** @return the same options linking across sources only */
    public LinkageOptions acrossSources(boolean onePerSourceToo) {
        return new LinkageOptions(fields, kinds, threshold, true, onePerSourceToo, maxClusterSize, maxBlockSize, seed);
    }

    /** @return the same options with another threshold */
    public LinkageOptions withThreshold(double newThreshold) {
        return new LinkageOptions(fields, kinds, newThreshold, crossSourceOnly, onePerSource, maxClusterSize,
                maxBlockSize, seed);
    }
}
