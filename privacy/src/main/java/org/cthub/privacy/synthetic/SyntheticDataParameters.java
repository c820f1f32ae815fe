package org.cthub.privacy.synthetic;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Parameters of DP aggregation and synthesis, with the defaults of Microsoft's synthetic data showcase
 * ({@code DpAggregateSeededParametersBuilder} in {@code packages/lib-pacsynth}): reporting length 3,
 * epsilon 4, delta {@code 1 / (ln n * n)} of the protected record count, 0.5 % of epsilon for the record count,
 * and sigma proportions {@code 1, 1/2, 1/3} ("prioritise long combinations": more budget for longer
 * combinations). The fixed threshold 10 (the showcase's resolution) applies to every length.
 *
 * @param reportingLength longest attribute combination counted, at least 1
 * @param epsilon total privacy budget, positive
 * @param delta total delta, or empty for {@code 1 / (ln n * n)} of the protected record count
 * @param recordCountEpsilonProportion share of epsilon spent on the protected number of records, in (0, 1)
 * @param sigmaProportions relative noise scale per combination length, one per length, positive
 * @param threshold noisy counts must exceed it to be reported (lengths 2 and more; length 1 uses the larger of
 *                  it and the threshold privacy requires)
 * @param weightSelectionPercentile percentile of sub-combination counts used as sampling weight beyond the
 *                                  reporting length, in (0, 100]
 */
public record SyntheticDataParameters(int reportingLength, double epsilon, OptionalDouble delta,
                                      double recordCountEpsilonProportion, List<Double> sigmaProportions,
                                      double threshold, int weightSelectionPercentile) {

    public SyntheticDataParameters {
        if (reportingLength < 1) {
            throw new IllegalArgumentException("reportingLength must be at least 1: " + reportingLength);
        }
        if (!(epsilon > 0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("epsilon must be positive: " + epsilon);
        }
        if (delta.isPresent() && !(delta.getAsDouble() > 0 && delta.getAsDouble() < 1)) {
            throw new IllegalArgumentException("delta must be in (0, 1)");
        }
        if (!(recordCountEpsilonProportion > 0 && recordCountEpsilonProportion < 1)) {
            throw new IllegalArgumentException("recordCountEpsilonProportion must be in (0, 1)");
        }
        sigmaProportions = List.copyOf(sigmaProportions);
        if (sigmaProportions.size() != reportingLength || sigmaProportions.stream().anyMatch(p -> !(p > 0))) {
            throw new IllegalArgumentException("One positive sigma proportion per combination length is needed");
        }
        if (!(threshold >= 0)) {
            throw new IllegalArgumentException("threshold must not be negative");
        }
        if (weightSelectionPercentile < 1 || weightSelectionPercentile > 100) {
            throw new IllegalArgumentException("weightSelectionPercentile must be in 1..100");
        }
    }

    /** The showcase's defaults. */
    public static SyntheticDataParameters defaults() {
        return new SyntheticDataParameters(3, 4.0, OptionalDouble.empty(), 0.005, List.of(1.0, 1.0 / 2, 1.0 / 3), 10,
                95);
    }

    public SyntheticDataParameters withEpsilon(double newEpsilon) {
        return new SyntheticDataParameters(reportingLength, newEpsilon, delta, recordCountEpsilonProportion,
                sigmaProportions, threshold, weightSelectionPercentile);
    }
}
