package org.cthub.estimation;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The Wald interval on the log of the dark figure, as SparseMSE's {@code estimatepopulation.0}: the intercept β₀
 * is asymptotically normal, so observed + exp(β₀ ± z·se) bounds the population.
 */
final class WaldInterval {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private WaldInterval() {
    }

    /**
     * @param level coverage, between 0 and 1 exclusive (0.95 for a 95% interval)
     */
    static PopulationEstimate.Interval of(LogLinearFit fit, double level) {
        double z = STANDARD_NORMAL.inverseCumulativeProbability(0.5 + level / 2);
        double se = fit.interceptStandardError();
        return new PopulationEstimate.Interval(fit.observed() + Math.exp(fit.intercept() - z * se),
                fit.observed() + Math.exp(fit.intercept() + z * se));
    }
}
