package org.cthub.linkage;

import java.util.List;
import org.cthub.linkage.match.FellegiSunterModel;

/**
 * The outcome of a linkage. Record indexes refer to the input list (for two lists: the first, then the second).
 *
 * @param ids           record ids by index
 * @param sources       record sources by index
 * @param candidates    candidate pairs, packed as in {@link org.cthub.linkage.block.CandidatePairs}
 * @param probabilities the match probability of each candidate pair
 * @param matches       the accepted pairs, probability at or above the threshold
 * @param clusters      the cluster (person) of each record
 * @param model         the fitted Fellegi-Sunter parameters
 * @param levelLabels   a description of each comparison level, by field
 * @param threshold     the threshold applied
 */
public record LinkageResult(List<String> ids, List<String> sources, long[] candidates, double[] probabilities,
        List<Match> matches, int[] clusters, FellegiSunterModel model, List<List<String>> levelLabels,
        double threshold) {

    /**
     * An accepted pair.
     *
     * @param first       index of the first record
     * @param second      index of the second record (after the first)
     * @param probability its match probability
     */
    public record Match(int first, int second, double probability) {
    }

    /** @return the number of distinct clusters */
    public int clusterCount() {
        return (int) java.util.Arrays.stream(clusters).distinct().count();
    }
}
