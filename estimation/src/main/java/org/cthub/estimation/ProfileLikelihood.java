package org.cthub.estimation;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.special.Gamma;

/**
 * Rcapture's profile-likelihood interval for the population size ({@code closedpCI.t}; Rivest &amp; Baillargeon,
 * Rcapture 1.4; Cormack 1992, Biometrics 48, 567–576). For a candidate N the unobserved cell is set to N − n and the
 * log-linear model is fitted to the complete table; the multinomial profile log-likelihood is −deviance/2 plus
 * Cormack's correction term. Its maximum (Nmax, searched on [n, 3N̂]) and the two points where it falls by
 * χ²₁(level)/2 give the estimate and interval; if no upper point exists below 3N̂ the upper limit is infinite.
 */
final class ProfileLikelihood {

    /**
     * @param mode  the maximiser of the multinomial profile likelihood (Rcapture's "abundance" in {@code CI})
     * @param lower lower limit (n when the likelihood never falls far enough below Nmax)
     * @param upper upper limit, {@link Double#POSITIVE_INFINITY} when not reached below 3N̂
     */
    record Result(double mode, double lower, double upper) {
    }

    private final int[][] cellColumns;
    private final int columns;
    private final double[] counts;
    private final double observed;

    /** The frame's cells plus the unobserved cell, which only the intercept reaches. */
    private ProfileLikelihood(ModelFrame frame) {
        int cells = frame.cells.length;
        this.cellColumns = java.util.Arrays.copyOf(frame.cellColumns(), cells + 1);
        cellColumns[cells] = new int[] {0};
        this.columns = frame.columns.length;
        this.counts = java.util.Arrays.copyOf(frame.counts, cells + 1);
        this.observed = frame.observed();
    }

    /**
     * @param level coverage between 0 and 1 exclusive
     * @throws UnableToEstimateException if the model cannot be fitted to the completed table
     */
    static Result interval(LogLinearFit fit, double level) {
        ProfileLikelihood profile = new ProfileLikelihood(fit.frame());
        double n = profile.observed;
        double upperSearch = 3 * fit.estimate();
        BrentOptimizer optimizer = new BrentOptimizer(1e-12, 1e-7);
        double mode = optimizer.optimize(new MaxEval(10_000), GoalType.MAXIMIZE,
                new UnivariateObjectiveFunction(profile::logLikelihood), new SearchInterval(n, upperSearch))
                .getPoint();
        double threshold = profile.logLikelihood(mode)
                - new ChiSquaredDistribution(null, 1).inverseCumulativeProbability(level) / 2;
        BrentSolver solver = new BrentSolver(1e-12, 1e-7);
        double lower = profile.logLikelihood(n) >= threshold ? n
                : solver.solve(10_000, x -> profile.logLikelihood(x) - threshold, n, mode);
        double upper = profile.logLikelihood(upperSearch) >= threshold ? Double.POSITIVE_INFINITY
                : solver.solve(10_000, x -> profile.logLikelihood(x) - threshold, mode, upperSearch);
        return new Result(mode, lower, upper);
    }

    /** Rcapture's {@code loglikemult}: −deviance/2 + Cormack's term, for population size N. */
    double logLikelihood(double population) {
        double unobserved = population - observed;
        counts[counts.length - 1] = unobserved;
        PoissonIrls.Result fit = PoissonIrls.fit(cellColumns, columns, counts);
        if (fit == null) {
            throw new UnableToEstimateException(UnableToEstimateException.Reason.MODEL_NOT_IDENTIFIABLE, "Unable to profile the likelihood: the model is not identifiable");
        }
        return -fit.deviance() / 2 + cormackTerm(unobserved, population);
    }

    /** log(n0^n0 N! / (N^N n0!)), by Stirling's formula above 100 as Rcapture computes it. */
    static double cormackTerm(double unobserved, double population) {
        if (population > 100) {
            return unobserved == 0 || unobserved == 1 ? -population + 0.5 * Math.log(2 * Math.PI * population)
                    : unobserved - population - 0.5 * Math.log(unobserved / population);
        }
        double powers = (unobserved > 0 ? unobserved * Math.log(unobserved) : 0) - population * Math.log(population);
        return powers + Gamma.logGamma(population + 1) - Gamma.logGamma(unobserved + 1);
    }
}
