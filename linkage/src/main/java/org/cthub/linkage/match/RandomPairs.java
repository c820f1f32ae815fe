package org.cthub.linkage.match;

import java.util.SplittableRandom;

/**
 * Estimates u probabilities from random record pairs: almost all random pairs are non-matches, so their level
 * frequencies estimate P(level | non-match) (Splink's {@code estimate_u_using_random_sampling}; Winkler 1988).
 */
public final class RandomPairs {

    private RandomPairs() {
    }

    /**
     * @param comparator      compares records {@code 0..n-1}
     * @param source          the source of each record
     * @param crossSourceOnly whether only pairs from different sources count
     * @param samples         number of random pairs, at least 1
     * @param seed            random seed, for reproducible results
     * @return u by field and level, with add-one smoothing
     */
    public static double[][] estimateU(PairComparator comparator, int[] source, boolean crossSourceOnly,
            int samples, long seed) {
        int n = source.length;
        double[][] sums = new double[comparator.fields()][];
        for (int f = 0; f < sums.length; f++) {
            sums[f] = new double[comparator.levels(f)];
            java.util.Arrays.fill(sums[f], 1.0);
        }
        if (n < 2) {
            return ExpectationMaximisation.normalise(sums);
        }
        SplittableRandom random = new SplittableRandom(seed);
        int drawn = 0;
        for (int attempt = 0; drawn < samples && attempt < 20 * samples; attempt++) {
            int i = random.nextInt(n);
            int j = random.nextInt(n);
            if (i == j || (crossSourceOnly && source[i] == source[j])) {
                continue;
            }
            long pattern = comparator.pattern(i, j);
            for (int f = 0; f < sums.length; f++) {
                int level = PairComparator.level(pattern, f);
                if (level != PairComparator.MISSING) {
                    sums[f][level]++;
                }
            }
            drawn++;
        }
        return ExpectationMaximisation.normalise(sums);
    }
}
