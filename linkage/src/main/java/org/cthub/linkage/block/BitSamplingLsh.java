package org.cthub.linkage.block;

import java.util.SplittableRandom;

/**
 * Locality-sensitive hashing for Hamming distance by bit sampling (Indyk and Motwani 1998; applied to CLKs by
 * Karapiperis and Verykios 2015, "An LSH-based blocking approach with a homomorphic matching technique for
 * privacy-preserving record linkage", IEEE TKDE 27(4)). Each of {@code bands} keys is the value of
 * {@code bitsPerBand} bits sampled at fixed random positions; two filters at normalised Hamming distance h share
 * a band with probability (1-h)^bitsPerBand, so near pairs meet in some band and far pairs almost never do.
 */
public final class BitSamplingLsh {

    private final int[][] positions;

    /**
     * @param filterBits  length of the filters in bits
     * @param bands       number of keys per filter, at least 1
     * @param bitsPerBand bits sampled per key, 1 to 64
     * @param seed        seed of the sampled positions; every party must use the same
     * @throws IllegalArgumentException for out-of-range arguments
     */
    public BitSamplingLsh(int filterBits, int bands, int bitsPerBand, long seed) {
        if (bands < 1 || bitsPerBand < 1 || bitsPerBand > 64 || filterBits < bitsPerBand) {
            throw new IllegalArgumentException("need bands >= 1 and 1 <= bitsPerBand <= min(64, filterBits)");
        }
        SplittableRandom random = new SplittableRandom(seed);
        positions = new int[bands][bitsPerBand];
        for (int b = 0; b < bands; b++) {
            for (int k = 0; k < bitsPerBand; k++) {
                positions[b][k] = random.nextInt(filterBits);
            }
        }
    }

    /**
     * @param filter a filter of at least {@code filterBits} bits
     * @return one key per band, distinct bands giving distinct keys
     */
    public long[] keys(long[] filter) {
        long[] keys = new long[positions.length];
        for (int b = 0; b < positions.length; b++) {
            long value = 0;
            for (int bit : positions[b]) {
                value = (value << 1) | ((filter[bit >>> 6] >>> (bit & 63)) & 1L);
            }
            keys[b] = BlockingKeys.mix(BlockingKeys.mix(value) ^ (0x632BE59BD9B4E019L * (b + 1)));
        }
        return keys;
    }
}
