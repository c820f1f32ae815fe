package org.cthub.linkage.block;

import java.util.Arrays;

/**
 * Pairs of record indexes packed into longs, {@code (long) i << 32 | j} with {@code i < j}, sorted and
 * without repeats. A growable buffer while blocks are read, then {@link #sortedUnique}.
 */
public final class CandidatePairs {

    private long[] pairs = new long[1024];
    private int size;

    /** @return the packed pair of two record indexes, smaller first */
    public static long pack(int i, int j) {
        return i < j ? ((long) i << 32) | j : ((long) j << 32) | i;
    }

    /** @return the first (smaller) index of a packed pair */
    public static int first(long pair) {
        return (int) (pair >>> 32);
    }

    /** @return the second (larger) index of a packed pair */
    public static int second(long pair) {
        return (int) pair;
    }

    void add(long pair) {
        if (size == pairs.length) {
            pairs = Arrays.copyOf(pairs, Math.addExact(pairs.length, pairs.length >> 1));
        }
        pairs[size++] = pair;
    }

    /** @return the pairs added so far, sorted, each once */
    long[] sortedUnique() {
        long[] out = Arrays.copyOf(pairs, size);
        Arrays.parallelSort(out);
        int unique = 0;
        for (int k = 0; k < out.length; k++) {
            if (unique == 0 || out[k] != out[unique - 1]) {
                out[unique++] = out[k];
            }
        }
        return Arrays.copyOf(out, unique);
    }
}
