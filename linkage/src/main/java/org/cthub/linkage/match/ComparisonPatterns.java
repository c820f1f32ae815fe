package org.cthub.linkage.match;

import java.util.Arrays;
import org.cthub.linkage.block.CandidatePairs;

/**
 * The comparison vectors of all candidate pairs, and the distinct vectors with their counts: EM then runs over
 * a few hundred distinct vectors instead of millions of pairs. Pairs are compared in parallel.
 *
 * @param perPair  the packed vector of each candidate pair
 * @param distinct the distinct vectors, sorted
 * @param counts   how many pairs have each distinct vector
 */
public record ComparisonPatterns(long[] perPair, long[] distinct, long[] counts) {

    /**
     * @param comparator compares two records
     * @param pairs      candidate pairs ({@link CandidatePairs} packing)
     * @return the vectors
     */
    public static ComparisonPatterns of(PairComparator comparator, long[] pairs) {
        long[] perPair = new long[pairs.length];
        Arrays.parallelSetAll(perPair,
                k -> comparator.pattern(CandidatePairs.first(pairs[k]), CandidatePairs.second(pairs[k])));
        return count(perPair);
    }

    /** @return the distinct vectors of {@code perPair} and their counts */
    public static ComparisonPatterns count(long[] perPair) {
        long[] sorted = perPair.clone();
        Arrays.parallelSort(sorted);
        long[] distinct = new long[sorted.length];
        long[] counts = new long[sorted.length];
        int d = -1;
        for (long p : sorted) {
            if (d < 0 || distinct[d] != p) {
                distinct[++d] = p;
            }
            counts[d]++;
        }
        return new ComparisonPatterns(perPair, Arrays.copyOf(distinct, d + 1), Arrays.copyOf(counts, d + 1));
    }

    /** @return the match probability of every candidate pair under {@code model} */
    public double[] probabilities(FellegiSunterModel model) {
        double[] byDistinct = Arrays.stream(distinct).mapToDouble(model::probability).toArray();
        double[] out = new double[perPair.length];
        Arrays.parallelSetAll(out, k -> byDistinct[Arrays.binarySearch(distinct, perPair[k])]);
        return out;
    }
}
