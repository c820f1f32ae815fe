package org.cthub.estimation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Model choice by the smallest AIC or BIC over a catalogue of hierarchical models, as MultipleSystemsEstimation's
 * {@code assemble_bic} and {@code fit_hier_model} (Silverman, Chan &amp; Vincent 2024, Statistics and Computing
 * 34:44): models whose extended MLE does not exist (Fienberg–Rinaldo linear program) or that are not identifiable
 * are left out; terms no one shares are fixed at −∞ but counted in the penalty; BIC's sample size is the number of
 * people observed (Rcapture's convention). Ties keep catalogue order.
 *
 * @param models     the catalogue, in order
 * @param criterion  AIC or BIC
 * @param check      existence checks (shared cache)
 * @param topModels  how many of the best models on the original data bootstrap replicates choose among
 * @param pool       threads to fit the catalogue with, or {@code null} to fit on the calling thread
 */
record CriterionSelection(List<LogLinearModel> models, Criterion criterion, ExistenceCheck check, int topModels,
        ForkJoinPool pool) implements ModelSelector {

    enum Criterion {
        AIC, BIC;

        double of(LogLinearFit fit) {
            return this == AIC ? fit.aic() : fit.bic();
        }
    }

    CriterionSelection {
        models = List.copyOf(models);
    }

    /** MultipleSystemsEstimation's default number of models kept for the bootstrap: all, 20 or 100. */
    static int defaultTopModels(int lists) {
        return lists <= 3 ? Integer.MAX_VALUE : lists == 4 ? 20 : 100;
    }

    @Override
    public Selection select(long[] counts) {
        LogLinearFit[] fits = new LogLinearFit[models.size()];
        IntStream indices = IntStream.range(0, fits.length);
        if (pool == null) {
            indices.forEach(i -> fits[i] = fitIfExists(counts, models.get(i)));
        } else {
            pool.submit(() -> indices.parallel().forEach(i -> fits[i] = fitIfExists(counts, models.get(i)))).join();
        }
        List<LogLinearFit> ranked = new ArrayList<>();
        for (LogLinearFit fit : fits) {
            if (fit != null && Double.isFinite(criterion.of(fit))) {
                ranked.add(fit);
            }
        }
        if (ranked.isEmpty()) {
            throw new UnableToEstimateException(UnableToEstimateException.Reason.NO_ESTIMABLE_MODEL, "Unable to choose a model by " + criterion
                    + ": no model in the catalogue has an estimate that exists and is identifiable");
        }
        ranked.sort(Comparator.comparingDouble(criterion::of));
        return new Selection(ranked.get(0), ranked);
    }

    @Override
    public ModelSelector forResamples(Selection original) {
        List<LogLinearModel> best = original.considered().stream()
                .limit(topModels)
                .map(LogLinearFit::model)
                .toList();
        return new CriterionSelection(best, criterion, check, topModels, null);
    }

    private LogLinearFit fitIfExists(long[] counts, LogLinearModel model) {
        if (!check.extendedMleExists(counts, model)) {
            return null;
        }
        return LogLinearFit.fit(counts, model).orElse(null);
    }
}
