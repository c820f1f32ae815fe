package org.cthub.opendata;

import java.util.Arrays;
import java.util.List;

/**
 * A multi-valued variable: one bitmap per value (flag), and the OR of them, the records that have the variable
 * recorded at all. A record with no flag set has the variable not recorded (CTDC's binaries are 1 or NULL, so
 * "none of these" and "not asked" cannot be told apart).
 */
public final class FlagData {

    final String name;
    final String[] labels;
    final long[][] bits;
    final long[] any;
    final long[] none;

    FlagData(String name, String[] labels, long[][] bits, int rows) {
        this.name = name;
        this.labels = labels;
        this.bits = bits;
        this.any = new long[Bitmaps.words(rows)];
        for (long[] flag : bits) {
            Bitmaps.orInto(any, flag);
        }
        this.none = Bitmaps.not(any, rows);
    }

    public String name() {
        return name;
    }

    public List<String> values() {
        return Arrays.asList(labels);
    }

    /** Whether a record has the flag with this index. */
    public boolean has(int flag, int row) {
        return (bits[flag][row >>> 6] & (1L << row)) != 0;
    }

    int indexOf(String value) {
        return Arrays.asList(labels).indexOf(value);
    }

    /** The bitmap of slot {@code s}: 0 is "not recorded", s ≥ 1 is flag s - 1. */
    long[] slot(int s) {
        return s == 0 ? none : bits[s - 1];
    }

    int cardinality() {
        return labels.length + 1;
    }
}
