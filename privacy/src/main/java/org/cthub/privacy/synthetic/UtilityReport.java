package org.cthub.privacy.synthetic;

import java.util.List;

/**
 * How well synthetic data keeps the attribute combinations of the real data, per combination length.
 *
 * @param lengths one entry per length 1 .. the longest evaluated
 */
public record UtilityReport(List<Length> lengths) {

    /**
     * @param length combination length
     * @param realCombinations distinct combinations in the real data
     * @param syntheticCombinations distinct combinations in the synthetic data
     * @param meanAbsoluteError mean over real combinations of |synthetic count - real count|
     * @param meanRelativeError mean over real combinations of |synthetic count - real count| / real count
     * @param preservedShare share of real combinations that occur in the synthetic data
     * @param spuriousShare share of synthetic combinations that do not occur in the real data
     */
    public record Length(int length, long realCombinations, long syntheticCombinations, double meanAbsoluteError,
                         double meanRelativeError, double preservedShare, double spuriousShare) {
    }

    public UtilityReport {
        lengths = List.copyOf(lengths);
    }
}
