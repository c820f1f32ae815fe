package org.cthub.estimation;

import java.util.Locale;

/**
 * One paragraph telling a non-statistician what an estimate means and what it assumes: the conditions under which
 * multiple systems estimation is valid (International Working Group for Disease Monitoring and Forecasting 1995,
 * BMJ 310; Silverman 2020, J. R. Stat. Soc. A 183): a closed population, lists independent once the model's
 * interactions are allowed for, no list that only records people already known to another, and catchability that
 * does not vary in ways the model cannot absorb.
 */
final class PlainLanguage {

    private PlainLanguage() {
    }

    static String explain(PopulationEstimate estimate) {
        String intervalKind = switch (estimate.interval()) {
            case BCA -> "a bootstrap that repeats the whole analysis, model choice included, on resampled data";
            case WALD -> "the chosen model's standard error, taking that model as right";
            case PROFILE -> "the chosen model's likelihood, taking that model as right";
        };
        String dependence = estimate.model().isEmpty()
                ? "being on one list does not make anyone more or less likely to be on another (the lists are "
                        + "independent)"
                : "once the links between lists that the model allows for (" + String.join(", ", estimate.model())
                        + ") are taken into account, being on one list does not make anyone more or less likely "
                        + "to be on another";
        String upper = Double.isFinite(estimate.ci95().high()) ? whole(estimate.ci95().high()) : "no finite limit";
        return String.format(Locale.ROOT,
                "The %d lists together identified %s people. From how often the same people appear on more than "
                        + "one list, the estimate is that about %s people were in this population in all, so about "
                        + "%s were never identified by any list. The data are consistent with a total between %s "
                        + "and %s (95%% interval, from %s). The figure rests on assumptions the data cannot fully "
                        + "check: no one entered or left the population during the period the lists cover (it is "
                        + "closed); %s; no list records only people already known to another list (for example a "
                        + "list built from another's referrals); and people do not differ in how easy they are to "
                        + "find in ways the model cannot absorb (heterogeneity: the hard to reach, missed by every "
                        + "list alike, usually make the estimate too low). If these fail, the true number can lie "
                        + "outside the interval.",
                estimate.lists().size(), whole(estimate.observed()), whole(estimate.estimate()),
                whole(estimate.darkFigure()), whole(estimate.ci95().low()), upper, intervalKind, dependence);
    }

    static String whole(double value) {
        return String.format(Locale.ROOT, "%,d", Math.round(value));
    }
}
