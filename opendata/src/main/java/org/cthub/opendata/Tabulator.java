package org.cthub.opendata;

import java.util.List;

/**
 * Counts a query's cells and their keys in one pass where it can. A group by a category scans the codes of the
 * records that pass the filters (all four bytes of the key beside the byte of the code); a group by flags
 * counts the AND of bitmaps, one bitmap per flag.
 */
final class Tabulator {

    private Tabulator() {
    }

    static Tabulation tabulate(ReleaseData data, Query query) {
        List<String> groupBy = query.groupBy();
        Object[] columns = groupBy.stream().map(data::column).toArray();
        long[] filter = Filters.evaluate(data, query.filters());
        int[] slots = new int[columns.length];
        for (int v = 0; v < columns.length; v++) {
            slots[v] = columns[v] instanceof CategoryData c ? c.cardinality() : ((FlagData) columns[v]).cardinality();
        }
        int cells = 1;
        for (int s : slots) {
            cells *= s;
        }
        long[] counts = new long[cells];
        int[] keys = new int[cells];
        int[] recordKeys = data.recordKeys();
        int rows = data.rows();
        long[] sum = new long[2];
        if (columns.length == 0) {
            // nothing to group: the total below is the answer
        } else if (columns.length == 1 && columns[0] instanceof CategoryData category) {
            scan(filter, null, rows, category.codes, null, 1, recordKeys, counts, keys);
        } else if (columns.length == 1) {
            FlagData flags = (FlagData) columns[0];
            for (int s = 0; s < slots[0]; s++) {
                sumAnd(filter, flags.slot(s), null, rows, recordKeys, sum);
                counts[s] = sum[0];
                keys[s] = (int) sum[1];
            }
        } else if (columns[0] instanceof CategoryData first && columns[1] instanceof CategoryData second) {
            scan(filter, null, rows, first.codes, second.codes, slots[1], recordKeys, counts, keys);
        } else if (columns[0] instanceof FlagData first && columns[1] instanceof FlagData second) {
            for (int a = 0; a < slots[0]; a++) {
                for (int b = 0; b < slots[1]; b++) {
                    sumAnd(filter, first.slot(a), second.slot(b), rows, recordKeys, sum);
                    counts[a * slots[1] + b] = sum[0];
                    keys[a * slots[1] + b] = (int) sum[1];
                }
            }
        } else {
            boolean flagsFirst = columns[0] instanceof FlagData;
            FlagData flags = (FlagData) columns[flagsFirst ? 0 : 1];
            CategoryData category = (CategoryData) columns[flagsFirst ? 1 : 0];
            for (int s = 0; s < flags.cardinality(); s++) {
                long[] slotCounts = new long[category.cardinality()];
                int[] slotKeys = new int[category.cardinality()];
                scan(filter, flags.slot(s), rows, category.codes, null, 1, recordKeys, slotCounts, slotKeys);
                for (int c = 0; c < slotCounts.length; c++) {
                    int cell = flagsFirst ? s * slots[1] + c : c * slots[1] + s;
                    counts[cell] = slotCounts[c];
                    keys[cell] = slotKeys[c];
                }
            }
        }
        long total;
        int totalKey;
        if (filter == null) {
            total = rows;
            totalKey = data.everyRecordKey();
        } else {
            sumAnd(filter, null, null, rows, recordKeys, sum);
            total = sum[0];
            totalKey = (int) sum[1];
        }
        long[] recorded = new long[columns.length];
        int[] recordedKeys = new int[columns.length];
        for (int v = 0; v < columns.length; v++) {
            long[] present = columns[v] instanceof CategoryData c ? c.recorded : ((FlagData) columns[v]).any;
            sumAnd(filter, present, null, rows, recordKeys, sum);
            recorded[v] = sum[0];
            recordedKeys[v] = (int) sum[1];
        }
        return new Tabulation(groupBy, slots, counts, keys, total, totalKey, recorded, recordedKeys);
    }

    /**
     * Adds each record of {@code filter ∧ also} to the cell of its codes ({@code second} may be null: one way).
     * A null bitmap is "every record". Full words take the branch-free path.
     */
    private static void scan(long[] filter, long[] also, int rows, byte[] first, byte[] second, int secondSlots,
                             int[] recordKeys, long[] counts, int[] keys) {
        int words = Bitmaps.words(rows);
        for (int w = 0; w < words; w++) {
            long word = filter == null ? -1L : filter[w];
            if (also != null) {
                word &= also[w];
            }
            int base = w << 6;
            if (word == -1L || (filter == null && also == null)) {
                int end = Math.min(base + 64, rows);
                for (int i = base; i < end; i++) {
                    int cell = second == null ? first[i] & 0xFF : (first[i] & 0xFF) * secondSlots + (second[i] & 0xFF);
                    counts[cell]++;
                    keys[cell] += recordKeys[i];
                }
                continue;
            }
            while (word != 0) {
                int i = base + Long.numberOfTrailingZeros(word);
                word &= word - 1;
                int cell = second == null ? first[i] & 0xFF : (first[i] & 0xFF) * secondSlots + (second[i] & 0xFF);
                counts[cell]++;
                keys[cell] += recordKeys[i];
            }
        }
    }

    /** Count and key sum of {@code a ∧ b ∧ c} into {@code out}; null bitmaps are "every record". */
    private static void sumAnd(long[] a, long[] b, long[] c, int rows, int[] recordKeys, long[] out) {
        long count = 0;
        int key = 0;
        int words = Bitmaps.words(rows);
        for (int w = 0; w < words; w++) {
            long word = a == null ? -1L : a[w];
            if (b != null) {
                word &= b[w];
            }
            if (c != null) {
                word &= c[w];
            }
            int base = w << 6;
            if (word == -1L || (a == null && b == null && c == null)) {
                int end = Math.min(base + 64, rows);
                count += end - base;
                for (int i = base; i < end; i++) {
                    key += recordKeys[i];
                }
                continue;
            }
            count += Long.bitCount(word);
            while (word != 0) {
                key += recordKeys[base + Long.numberOfTrailingZeros(word)];
                word &= word - 1;
            }
        }
        out[0] = count;
        out[1] = key;
    }
}
