package org.cthub.estimation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.special.Gamma;

/**
 * SparseMSE's stepwise model choice ({@code stepwisefit}; Chan, Silverman &amp; Vincent 2021, JASA 116, s3.2).
 * Starting from main effects, at each step every two-list interaction not yet in the model gets a Poisson p-value:
 * the number of people on both lists, n*, against a Poisson law whose mean is the current fit's expected number
 * on both lists; p = min(P(X ≤ n*), P(X ≥ n*)). The interaction with the smallest p-value below the threshold is
 * added, provided the enlarged model passes {@code checkident}; ties go to the first pair in (i, j) order. The
 * search stops when no pair qualifies.
 *
 * <p>Checking only the candidates below the threshold, in p-value order, gives exactly SparseMSE's choice (a pair
 * failing the check has its p-value set to 1 there, so it can never be chosen) with far fewer linear programs.
 */
record StepwiseSelection(int lists, double threshold, ExistenceCheck check) implements ModelSelector {

    StepwiseSelection {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("the p-value threshold must be between 0 and 1");
        }
    }

    @Override
    public Selection select(long[] counts) {
        int[] pairs = pairs(lists);
        if (threshold == 1) {
            LogLinearModel all = LogLinearModel.mainEffects(lists);
            for (int pair : pairs) {
                all = all.with(pair);
            }
            if (check.sparseMse(counts, all) == Identifiability.OK) {
                return new FixedModel(all).select(counts);
            }
        }
        LogLinearModel model = LogLinearModel.mainEffects(lists);
        LogLinearFit fit = new FixedModel(model).select(counts).chosen();
        List<LogLinearFit> path = new ArrayList<>(List.of(fit));
        boolean[] included = new boolean[pairs.length];
        for (int step = 0; step < pairs.length; step++) {
            int chosen = nextPair(counts, model, fit, pairs, included);
            if (chosen < 0) {
                break;
            }
            included[chosen] = true;
            model = model.with(pairs[chosen]);
            fit = new FixedModel(model).select(counts).chosen();
            path.add(fit);
        }
        return new Selection(fit, path);
    }

    private int nextPair(long[] counts, LogLinearModel model, LogLinearFit fit, int[] pairs, boolean[] included) {
        List<double[]> candidates = new ArrayList<>();
        for (int j = 0; j < pairs.length; j++) {
            if (!included[j]) {
                double p = pValue(ModelFrame.statistic(counts, pairs[j]), fit.fittedStatistic(pairs[j]));
                if (p < threshold) {
                    candidates.add(new double[] {p, j});
                }
            }
        }
        candidates.sort(Comparator.<double[]>comparingDouble(c -> c[0]).thenComparingDouble(c -> c[1]));
        for (double[] candidate : candidates) {
            int j = (int) candidate[1];
            if (check.sparseMse(counts, model.with(pairs[j])) == Identifiability.OK) {
                return j;
            }
        }
        return -1;
    }

    /** min(P(X ≤ observed), P(X ≥ observed)) for X ~ Poisson(mean), as R's {@code ppois}. */
    static double pValue(long observed, double mean) {
        double atMost = mean <= 0 ? 1 : Gamma.regularizedGammaQ(observed + 1.0, mean);
        double atLeast = observed == 0 ? 1 : mean <= 0 ? 0 : Gamma.regularizedGammaP((double) observed, mean);
        return Math.min(atMost, atLeast);
    }

    /** All pairs of lists as bit masks, in SparseMSE's order: (1,2), (1,3), ..., (2,3), .... */
    static int[] pairs(int lists) {
        int[] pairs = new int[lists * (lists - 1) / 2];
        int k = 0;
        for (int i = 0; i < lists; i++) {
            for (int j = i + 1; j < lists; j++) {
                pairs[k++] = (1 << i) | (1 << j);
            }
        }
        return pairs;
    }
}
