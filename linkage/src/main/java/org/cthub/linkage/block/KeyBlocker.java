package org.cthub.linkage.block;

import java.util.Arrays;

/**
 * Standard blocking on several keys at once: two records become a candidate pair when they share any key
 * (the union of blocking passes, Christen 2012, <i>Data Matching</i>, section 4.3). Keys are 64-bit hashes, so
 * the same blocker serves plain keys and keys of encodings. A block larger than {@code maxBlockSize} is skipped,
 * because a key that common (a state, a frequent name) carries no evidence and would cost quadratic time; other
 * keys still bring its true pairs together.
 *
 * <p>Implementation: every (key, record) is packed into one long, high bits from the key and low bits the
 * record index, and the array is sorted, so a block is a run of equal high bits. No hash map, little garbage.
 */
public final class KeyBlocker {

    private final int maxBlockSize;

    /**
     * @param maxBlockSize the largest block whose pairs are generated, at least 2
     * @throws IllegalArgumentException when {@code maxBlockSize < 2}
     */
    public KeyBlocker(int maxBlockSize) {
        if (maxBlockSize < 2) {
            throw new IllegalArgumentException("maxBlockSize must be at least 2, got " + maxBlockSize);
        }
        this.maxBlockSize = maxBlockSize;
    }

    /**
     * @param keys     the blocking keys of each record
     * @param source   the source (list) index of each record
     * @param crossSourceOnly whether to keep only pairs from different sources (linking rather than dedupe)
     * @return candidate pairs as in {@link CandidatePairs}, sorted, each once
     * @throws IllegalArgumentException when the arrays differ in length
     */
    public long[] pairs(long[][] keys, int[] source, boolean crossSourceOnly) {
        if (keys.length != source.length) {
            throw new IllegalArgumentException("keys and sources differ in length");
        }
        int n = keys.length;
        int indexBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1)));
        long indexMask = (1L << indexBits) - 1;
        long[] entries = new long[Arrays.stream(keys).mapToInt(k -> k.length).sum()];
        int e = 0;
        for (int r = 0; r < n; r++) {
            for (long key : keys[r]) {
                entries[e++] = (BlockingKeys.mix(key) & ~indexMask) | r;
            }
        }
        Arrays.parallelSort(entries);
        CandidatePairs out = new CandidatePairs();
        int start = 0;
        while (start < entries.length) {
            long block = entries[start] & ~indexMask;
            int end = start + 1;
            while (end < entries.length && (entries[end] & ~indexMask) == block) {
                end++;
            }
            if (end - start <= maxBlockSize) {
                emit(entries, start, end, indexMask, source, crossSourceOnly, out);
            }
            start = end;
        }
        return out.sortedUnique();
    }

    private static void emit(long[] entries, int start, int end, long indexMask, int[] source,
            boolean crossSourceOnly, CandidatePairs out) {
        for (int a = start; a < end; a++) {
            int i = (int) (entries[a] & indexMask);
            for (int b = a + 1; b < end; b++) {
                int j = (int) (entries[b] & indexMask);
                if (i != j && (!crossSourceOnly || source[i] != source[j])) {
                    out.add(CandidatePairs.pack(i, j));
                }
            }
        }
    }
}
