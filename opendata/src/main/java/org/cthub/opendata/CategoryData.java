package org.cthub.opendata;

import java.util.Arrays;
import java.util.List;

/**
 * A category column: one byte code per record, 0 for "not recorded", 1..255 for the values in display order.
 * Values with few records' worth of distinct codes also get one bitmap per value, so that a filter on them is
 * an OR of words rather than a scan.
 */
public final class CategoryData {

    /** Columns with at most this many values keep a bitmap per value. */
    static final int BITMAP_VALUES = 32;

    final String name;
    final boolean year;
    /** labels[0] is null (not recorded); labels[code] for code ≥ 1. */
    final String[] labels;
    final byte[] codes;
    final long[] recorded;
    /** Per code, the bitmap of its records; null when the column has too many values. */
    final long[][] valueBitmaps;
    /** For a year column, the first and last year each code covers (Integer.MIN_VALUE when not a year). */
    final int[] yearFrom;
    final int[] yearTo;

    CategoryData(String name, boolean year, String[] labels, byte[] codes, int rows) {
        this.name = name;
        this.year = year;
        this.labels = labels;
        this.codes = codes;
        int words = Bitmaps.words(rows);
        this.recorded = new long[words];
        this.valueBitmaps = labels.length - 1 <= BITMAP_VALUES ? new long[labels.length][words] : null;
        for (int i = 0; i < rows; i++) {
            int code = codes[i] & 0xFF;
            if (code != 0) {
                recorded[i >>> 6] |= 1L << i;
                if (valueBitmaps != null) {
                    valueBitmaps[code][i >>> 6] |= 1L << i;
                }
            }
        }
        if (valueBitmaps != null) {
            valueBitmaps[0] = Bitmaps.not(recorded, rows);
        }
        this.yearFrom = new int[labels.length];
        this.yearTo = new int[labels.length];
        Arrays.fill(yearFrom, Integer.MIN_VALUE);
        Arrays.fill(yearTo, Integer.MIN_VALUE);
        for (int code = 1; code < labels.length && year; code++) {
            int[] span = Years.span(labels[code]);
            if (span != null) {
                yearFrom[code] = span[0];
                yearTo[code] = span[1];
            }
        }
    }

    public String name() {
        return name;
    }

    /** The values in display order. */
    public List<String> values() {
        return Arrays.asList(labels).subList(1, labels.length);
    }

    /** The value of a record, or null when it is not recorded. */
    public String at(int row) {
        return labels[codes[row] & 0xFF];
    }

    int code(int row) {
        return codes[row] & 0xFF;
    }

    /** The code of a value, or -1 when the column has no such value. */
    int codeOf(String value) {
        for (int code = 1; code < labels.length; code++) {
            if (labels[code].equals(value)) {
                return code;
            }
        }
        return -1;
    }

    int cardinality() {
        return labels.length;
    }
}
