package org.cthub.privacy.anonymity;

import java.util.Arrays;

/**
 * An open-addressing hash table from non-negative {@code long} keys (packed equivalence-class codes) to
 * {@code long} counts. Key and count share a cache line (interleaved storage), and classes are numbered in
 * insertion order (their ordinals) so they can be walked without scanning the table. Reused across
 * evaluations: {@link #clear} costs the number of classes, not the capacity.
 */
final class LongCounts {

    private static final long EMPTY = -1L;

    private long[] table;
    private int[] used;
    private int[] ordinals;
    private int size;
    private int mask;
    private int shift;

    LongCounts(int expected) {
        allocate(capacityFor(expected));
    }

    static int capacityFor(int expected) {
        return Math.min(Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1, 1 << 29);
    }

    private void allocate(int capacity) {
        table = new long[2 * capacity];
        for (int slot = 0; slot < capacity; slot++) {
            table[2 * slot] = EMPTY;
        }
        used = new int[capacity];
        ordinals = new int[capacity];
        mask = capacity - 1;
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
        size = 0;
    }

    void clear() {
        for (int i = 0; i < size; i++) {
            table[2 * used[i]] = EMPTY;
        }
        size = 0;
    }

    /** Adds to the count of a key; returns the ordinal of its class (0 for the first key added, ...). */
    int add(long key, long count) {
        if (size * 2 >= used.length) {
            grow();
        }
        int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
        while (true) {
            long stored = table[2 * slot];
            if (stored == key) {
                table[2 * slot + 1] += count;
                return ordinals[slot];
            }
            if (stored == EMPTY) {
                table[2 * slot] = key;
                table[2 * slot + 1] = count;
                used[size] = slot;
                ordinals[slot] = size;
                return size++;
            }
            slot = (slot + 1) & mask;
        }
    }

    private void grow() {
        long[] oldTable = table;
        int[] oldUsed = Arrays.copyOf(used, size);
        allocate(used.length * 2);
        for (int slot : oldUsed) {
            add(oldTable[2 * slot], oldTable[2 * slot + 1]);
        }
    }

    int size() {
        return size;
    }

    long keyAt(int ordinal) {
        return table[2 * used[ordinal]];
    }

    long countAt(int ordinal) {
        return table[2 * used[ordinal] + 1];
    }
}
