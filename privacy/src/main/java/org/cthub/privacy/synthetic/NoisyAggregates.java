package org.cthub.privacy.synthetic;

import java.util.List;
import java.util.Map;

/**
 * Differentially private counts of attribute combinations: what the synthesiser may use, and all it may use.
 *
 * @param counts reported combinations (sorted attribute numbers) with their noisy, normalised counts
 * @param protectedRecordCount the number of records plus noise
 * @param epsilon the epsilon spent
 * @param delta the delta spent
 * @param sigmas noise scale per combination length (before the sensitivity factor)
 * @param thresholds reporting threshold per combination length
 */
record NoisyAggregates(Map<List<Integer>, Double> counts, long protectedRecordCount, double epsilon, double delta,
                       double[] sigmas, double[] thresholds) {
}
