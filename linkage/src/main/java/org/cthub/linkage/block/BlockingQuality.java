package org.cthub.linkage.block;

import java.util.Arrays;

/**
 * How good a blocking is (Christen 2012, <i>Data Matching</i>, section 7.3): pair completeness, the share of
 * true pairs that are candidates, and reduction ratio, the share of all pairs not compared.
 *
 * @param pairCompleteness true pairs among the candidates / all true pairs
 * @param reductionRatio   1 - candidates / all pairs
 */
public record BlockingQuality(double pairCompleteness, double reductionRatio) {

    /**
     * @param candidates sorted candidate pairs ({@link CandidatePairs} packing)
     * @param truePairs  the true pairs, same packing, any order
     * @param allPairs   the number of pairs a full comparison would make
     * @return the measures
     */
    public static BlockingQuality measure(long[] candidates, long[] truePairs, double allPairs) {
        long found = Arrays.stream(truePairs).filter(p -> Arrays.binarySearch(candidates, p) >= 0).count();
        double completeness = truePairs.length == 0 ? 1.0 : (double) found / truePairs.length;
        return new BlockingQuality(completeness, 1.0 - candidates.length / allPairs);
    }
}
