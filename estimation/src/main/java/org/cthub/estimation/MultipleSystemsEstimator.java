package org.cthub.estimation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;

/**
 * Estimates how many people were on no list from the overlaps between lists: multiple systems estimation with
 * Poisson log-linear models (Cormack 1989, Biometrics 45, 395–413), the model chosen by SparseMSE's stepwise
 * method (Chan, Silverman &amp; Vincent 2021, JASA 116, 1297–1306) or by AIC/BIC over hierarchical models
 * (Silverman, Chan &amp; Vincent 2024, Statistics and Computing 34:44), and a Wald, profile-likelihood (Rcapture)
 * or BCa bootstrap interval (Efron 1987). Stateless and thread-safe.
 */
public final class MultipleSystemsEstimator {

    private static final int CANDIDATES_SHOWN = 20;

    /**
     * Chooses a model, fits it and computes the requested intervals. Lists that carry no information (no one on
     * them, everyone on them, or the same people as another list) are left out first, with a warning.
     *
     * @throws UnableToEstimateException if no model can be fitted, the fixed model is not identifiable, or AIC/BIC
     *                                   is asked for more lists than the catalogue covers
     * @throws IllegalArgumentException  if a fixed model names a list the table lacks
     */
    public PopulationEstimate estimate(CaptureTable given, EstimationOptions options) {
        Objects.requireNonNull(given, "table");
        Objects.requireNonNull(options, "options");
        NonInformativeLists.Cleaned cleaned = NonInformativeLists.remove(given);
        CaptureTable table = cleaned.table();
        long[] counts = table.countsByHistory();
        ExistenceCheck check = new ExistenceCheck();
        try (ForkJoinPool pool = new ForkJoinPool(options.threads())) {
            ModelSelector selector = selector(table, options, check, pool);
            ModelSelector.Selection selection = selector.select(counts);
            LogLinearFit fit = selection.chosen();
            List<EstimateWarning> warnings = new ArrayList<>(cleaned.removed());
            Identifiability identifiability = check.sparseMse(counts, fit.model());
            if (identifiability != Identifiability.OK) {
                warnings.add(EstimateWarning.of(EstimateWarning.Code.CHECKIDENT_FAILED, "SparseMSE's checkident gives code "
                        + identifiability.code() + " for this model: " + identifiability.description()
                        + "; treat the estimate with great caution", identifiability.code()));
            }
            if (!fit.converged()) {
                warnings.add(EstimateWarning.of(EstimateWarning.Code.FIT_NOT_CONVERGED,
                        "the model fit did not converge; the estimate is not reliable"));
            }
            List<String> emptyPairs = new ArrayList<>();
            for (int pair : fit.frame().emptyPairs()) {
                String name = LogLinearModel.name(pair, table.lists());
                emptyPairs.add(name);
                // From the mask, not the name: a list's own name may contain a colon.
                String[] both = {table.lists().get(Integer.numberOfTrailingZeros(pair)),
                        table.lists().get(31 - Integer.numberOfLeadingZeros(pair))};
                warnings.add(EstimateWarning.of(EstimateWarning.Code.LISTS_SHARE_NO_ONE, "lists " + both[0] + " and "
                        + both[1] + " share no one, so the interaction " + name + " is fitted at minus infinity: the "
                        + "model takes it that no one can be on both", both[0], both[1]));
            }
            PopulationEstimate.Interval[] intervals = intervals(counts, selector, selection, options, pool, warnings);
            PopulationEstimate.Diagnostics diagnostics = new PopulationEstimate.Diagnostics(identifiability,
                    emptyPairs, warnings);
            return new PopulationEstimate(table.lists(), table.observed(), fit.estimate(), fit.darkFigure(),
                    intervals[0], intervals[1], options.interval(), fit.model().names(table.lists()),
                    options.method(), diagnostics, candidates(selection, table.lists()));
        }
    }

    private static ModelSelector selector(CaptureTable table, EstimationOptions options, ExistenceCheck check,
            ForkJoinPool pool) {
        int lists = table.listCount();
        return switch (options.method()) {
            case STEPWISE -> new StepwiseSelection(lists, options.pThreshold(), check);
            case MAIN_EFFECTS -> new FixedModel(LogLinearModel.mainEffects(lists));
            case FIXED -> new FixedModel(LogLinearModel.named(table.lists(), options.interactions()));
            case AIC, BIC -> {
                int maxOrder = options.maxOrder() == 0 ? HierarchicalModels.defaultMaxOrder(lists)
                        : options.maxOrder();
                CriterionSelection.Criterion criterion = options.method() == ModelChoice.AIC
                        ? CriterionSelection.Criterion.AIC : CriterionSelection.Criterion.BIC;
                yield new CriterionSelection(HierarchicalModels.enumerate(lists, maxOrder), criterion, check,
                        CriterionSelection.defaultTopModels(lists), pool);
            }
        };
    }

    private static PopulationEstimate.Interval[] intervals(long[] counts, ModelSelector selector,
            ModelSelector.Selection selection, EstimationOptions options, ForkJoinPool pool, List<EstimateWarning> warnings) {
        LogLinearFit fit = selection.chosen();
        return switch (options.interval()) {
            case WALD -> new PopulationEstimate.Interval[] {WaldInterval.of(fit, 0.95), WaldInterval.of(fit, 0.80)};
            case PROFILE -> {
                ProfileLikelihood.Result ci95 = ProfileLikelihood.interval(fit, 0.95);
                ProfileLikelihood.Result ci80 = ProfileLikelihood.interval(fit, 0.80);
                if (Double.isInfinite(ci95.upper())) {
                    warnings.add(EstimateWarning.of(EstimateWarning.Code.PROFILE_UNBOUNDED, "the profile likelihood does "
                            + "not fall far enough below three times the estimate: the 95% interval has no finite "
                            + "upper limit"));
                }
                yield new PopulationEstimate.Interval[] {new PopulationEstimate.Interval(ci95.lower(), ci95.upper()),
                        new PopulationEstimate.Interval(ci80.lower(), ci80.upper())};
            }
            case BCA -> {
                BcaBootstrap.Result result = BcaBootstrap.run(counts, selector.forResamples(selection),
                        fit.estimate(), options.bootstrapReplicates(), options.seed(), pool);
                warnings.addAll(result.warnings());
                if (options.bootstrapReplicates() < 1000) {
                    warnings.add(EstimateWarning.of(EstimateWarning.Code.FEW_REPLICATES, "only "
                            + options.bootstrapReplicates() + " bootstrap replicates: the interval's limits carry "
                            + "noticeable Monte-Carlo error; use 1000 or more for published figures",
                            options.bootstrapReplicates()));
                }
                yield new PopulationEstimate.Interval[] {result.ci95(), result.ci80()};
            }
        };
    }

    private static List<PopulationEstimate.Candidate> candidates(ModelSelector.Selection selection,
            List<String> lists) {
        List<PopulationEstimate.Candidate> candidates = new ArrayList<>();
        for (LogLinearFit fit : selection.considered().subList(0,
                Math.min(CANDIDATES_SHOWN, selection.considered().size()))) {
            candidates.add(new PopulationEstimate.Candidate(fit.model().names(lists), fit.estimate(),
                    WaldInterval.of(fit, 0.95), fit.aic(), fit.bic(), fit == selection.chosen()));
        }
        return candidates;
    }
}
