package org.cthub.linkage.match;

import java.util.List;
import org.cthub.linkage.encode.Dice;
import org.cthub.linkage.encode.EncodedRecord;
import org.cthub.linkage.normalise.FieldKind;

/**
 * Comparison levels on per-field Bloom filters: equal filters, then Dice at or above two thresholds, then
 * other. Dates hold only four elements, so their thresholds are lower: one changed part leaves half of them.
 */
public final class EncodedComparator implements PairComparator {

    private static final double[] TEXT = {0.80, 0.60};
    private static final double[] DATE = {0.70, 0.45};

    private final List<EncodedRecord> records;
    private final List<FieldKind> kinds;

    /**
     * @param records the encoded records, indexed as in the candidate pairs
     * @param kinds   the kind of each field, at most {@value #MAX_FIELDS}
     */
    public EncodedComparator(List<EncodedRecord> records, List<FieldKind> kinds) {
        if (kinds.size() > MAX_FIELDS) {
            throw new IllegalArgumentException("at most " + MAX_FIELDS + " fields");
        }
        this.records = records;
        this.kinds = List.copyOf(kinds);
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
        EncodedRecord a = records.get(i);
        EncodedRecord b = records.get(j);
        long pattern = 0;
        for (int f = 0; f < kinds.size(); f++) {
            pattern |= (long) level(a.fields()[f], b.fields()[f], thresholds(f)) << (4 * f);
        }
        return pattern;
    }

    private double[] thresholds(int f) {
        return kinds.get(f) == FieldKind.DATE ? DATE : TEXT;
    }

    private static int level(long[] x, long[] y, double[] t) {
        boolean equal = true;
        boolean emptyX = true;
        boolean emptyY = true;
        for (int w = 0; w < x.length; w++) {
            equal &= x[w] == y[w];
            emptyX &= x[w] == 0;
            emptyY &= y[w] == 0;
        }
        if (emptyX || emptyY) {
            return MISSING;
        }
        if (equal) {
            return 0;
        }
        double dice = Dice.similarity(x, y);
        return dice >= t[0] ? 1 : dice >= t[1] ? 2 : 3;
    }
}
