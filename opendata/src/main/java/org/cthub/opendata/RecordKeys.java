package org.cthub.opendata;

/**
 * Each record's secret key, uniform on 32 bits: SplitMix64's finaliser over the secret and the record number
 * (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014).
 */
final class RecordKeys {

    private RecordKeys() {
    }

    static int[] of(int rows, long secret) {
        int[] keys = new int[rows];
        for (int i = 0; i < rows; i++) {
            keys[i] = (int) (mix(secret + (i + 1) * 0x9E3779B97F4A7C15L) >>> 32);
        }
        return keys;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
