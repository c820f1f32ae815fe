package org.cthub.linkage.encode;

/**
 * Dice coefficient of two bit vectors held as {@code long[]}: 2|A∩B| / (|A| + |B|).
 *
 * <p>{@link Long#bitCount} is a HotSpot intrinsic (one POPCNT instruction), so a 1024-bit comparison is
 * 16 AND + POPCNT pairs. {@link #atLeast} avoids the division for the hot path of thresholded search, the
 * same trick as anonlink's C++ kernel (Hardy et al., "anonlink", CSIRO Data61).
 */
public final class Dice {

    private Dice() {
    }

    /**
     * @param a a filter
     * @param b a filter of the same length
     * @return the Dice coefficient, 0 when both are empty
     * @throws IllegalArgumentException when the lengths differ
     */
    public static double similarity(long[] a, long[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("filters differ in length: " + a.length + " and " + b.length);
        }
        int common = 0;
        int total = 0;
        for (int i = 0; i < a.length; i++) {
            common += Long.bitCount(a[i] & b[i]);
            total += Long.bitCount(a[i]) + Long.bitCount(b[i]);
        }
        return total == 0 ? 0.0 : 2.0 * common / total;
    }

    /** @return the number of set bits */
    public static int cardinality(long[] a) {
        int count = 0;
        for (long word : a) {
            count += Long.bitCount(word);
        }
        return count;
    }

    /**
     * Dice of filter {@code i} and {@code j} stored one after another in a flat array, with their
     * precomputed cardinalities, and whether it reaches {@code threshold}.
     *
     * @param flat  filters of {@code words} longs each, back to back
     * @param words longs per filter
     * @param i     first filter index
     * @param j     second filter index
     * @param sum   cardinality of filter i plus cardinality of filter j
     * @param threshold the Dice threshold
     * @return whether 2|A∩B| ≥ threshold (|A|+|B|)
     */
    public static boolean atLeast(long[] flat, int words, int i, int j, int sum, double threshold) {
        int a = i * words;
        int b = j * words;
        int common = 0;
        for (int w = 0; w < words; w++) {
            common += Long.bitCount(flat[a + w] & flat[b + w]);
        }
        return 2 * common >= threshold * sum;
    }
}
