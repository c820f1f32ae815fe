package org.cthub.linkage.match;

import java.util.List;
import org.cthub.linkage.encode.EncodedRecord;
import org.cthub.linkage.normalise.FieldKind;

/**
 * Comparison levels on per-field Bloom filters: equal filters, then Dice at or above two thresholds, then
 * other. Dates hold only four elements, so their thresholds are lower: one changed part leaves half of them.
 */
public final class EncodedComparator implements PairComparator {

    private static final double[] TEXT = {0.80, 0.60};
    private static final double[] DATE = {0.70, 0.45};

    private final long[] flat;
    private final int[] empty;
    private final int words;
    private final int stride;
    private final List<FieldKind> kinds;

    /**
     * @param records the encoded records, indexed as in the candidate pairs
     * @param kinds   the kind of each field, at most {@value #MAX_FIELDS}
     */
    public EncodedComparator(List<EncodedRecord> records, List<FieldKind> kinds) {
        if (kinds.size() > MAX_FIELDS) {
            throw new IllegalArgumentException("at most " + MAX_FIELDS + " fields");
        }
        this.kinds = List.copyOf(kinds);
        int fields = kinds.size();
        this.words = records.isEmpty() ? 0 : records.getFirst().fields()[0].length;
        this.stride = fields * words;
        // One flat array, each record's filters back to back: a comparison reads two short runs of memory
        // instead of chasing a dozen objects, which is what bounds speed on millions of candidate pairs.
        this.flat = new long[Math.multiplyExact(records.size(), stride)];
        this.empty = new int[records.size()];
        for (int r = 0; r < records.size(); r++) {
            long[][] filters = records.get(r).fields();
            if (filters.length != fields) {
                throw new IllegalArgumentException("record " + r + " has " + filters.length + " fields, expected "
                        + fields);
            }
            for (int f = 0; f < fields; f++) {
                if (filters[f].length != words) {
                    throw new IllegalArgumentException("record " + r + " field " + f + " has another filter length");
                }
                System.arraycopy(filters[f], 0, flat, r * stride + f * words, words);
                boolean none = true;
                for (long word : filters[f]) {
                    none &= word == 0;
                }
                if (none) {
                    empty[r] |= 1 << f;
                }
            }
        }
    }

    @Override
    public int fields() {
        return kinds.size();
    }

    @Override
    public int levels(int f) {
        return 4;
    }

    @Override
    public String label(int f, int level) {
        double[] t = thresholds(f);
        return List.of("equal filters", "dice >= " + t[0], "dice >= " + t[1], "other").get(level);
    }

    @Override
    public long pattern(int i, int j) {
        int missing = empty[i] | empty[j];
        long pattern = 0;
        for (int f = 0; f < kinds.size(); f++) {
            int level = (missing >>> f & 1) != 0 ? MISSING : level(i * stride + f * words, j * stride + f * words,
                    thresholds(f));
            pattern |= (long) level << (4 * f);
        }
        return pattern;
    }

    private double[] thresholds(int f) {
        return kinds.get(f) == FieldKind.DATE ? DATE : TEXT;
    }

    private int level(int x, int y, double[] t) {
        boolean equal = true;
        int common = 0;
        int total = 0;
        for (int w = 0; w < words; w++) {
            long a = flat[x + w];
            long b = flat[y + w];
            equal &= a == b;
            common += Long.bitCount(a & b);
            total += Long.bitCount(a) + Long.bitCount(b);
        }
        if (equal) {
            return 0;
        }
        double dice = total == 0 ? 0.0 : 2.0 * common / total;
        return dice >= t[0] ? 1 : dice >= t[1] ? 2 : 3;
    }
}
