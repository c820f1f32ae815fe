package org.cthub.estimation;

import java.util.Optional;
import org.apache.commons.math3.special.Gamma;

/**
 * A fitted Poisson log-linear model. The estimated number of people on no list is exp(intercept), and the
 * population estimate is the number observed plus that dark figure (Cormack 1989; SparseMSE
 * {@code estimatepopulation.0}).
 *
 * @param frame             the cells and columns fitted
 * @param coefficients      estimates of the frame's columns (intercept first)
 * @param fitted            fitted means of the frame's cells
 * @param deviance          residual deviance over the frame's cells
 * @param interceptVariance unscaled variance of the intercept
 * @param converged         whether IRLS converged
 */
record LogLinearFit(ModelFrame frame, double[] coefficients, double[] fitted, double deviance,
        double interceptVariance, boolean converged) {

    /**
     * Fits {@code model} to the counts, fixing every zero-statistic term at −∞ (the extended MLE).
     *
     * @return the fit, or empty when the model is not identifiable on the cells that remain
     */
    static Optional<LogLinearFit> fit(long[] countsByHistory, LogLinearModel model) {
        ModelFrame frame = ModelFrame.of(countsByHistory, model, ModelFrame.EmptyTerms.ALL);
        if (frame.columns.length > frame.cells.length) {
            return Optional.empty();
        }
        PoissonIrls.Result result = PoissonIrls.fit(frame.cellColumns(), frame.columns.length, frame.counts);
        if (result == null) {
            return Optional.empty();
        }
        return Optional.of(new LogLinearFit(frame, result.coefficients(), result.fitted(), result.deviance(),
                result.interceptVariance(), result.converged()));
    }

    LogLinearModel model() {
        return frame.model;
    }

    double intercept() {
        return coefficients[0];
    }

    double interceptStandardError() {
        return Math.sqrt(interceptVariance);
    }

    double observed() {
        return frame.observed();
    }

    double darkFigure() {
        return Math.exp(coefficients[0]);
    }

    /** N̂ = observed + exp(intercept). */
    double estimate() {
        return observed() + darkFigure();
    }

    int residualDegreesOfFreedom() {
        return frame.cells.length - frame.columns.length;
    }

    /** Σ log Poisson(y; μ) over the fitted cells; cells fixed at zero contribute zero. */
    double logLikelihood() {
        double sum = 0;
        double[] y = frame.counts;
        for (int k = 0; k < y.length; k++) {
            double logMu = y[k] > 0 ? y[k] * Math.log(fitted[k]) : 0;
            sum += logMu - fitted[k] - Gamma.logGamma(y[k] + 1);
        }
        return sum;
    }

    /** AIC counting every parameter, those at −∞ included (SparseMSE {@code modelfit}; MSE). */
    double aic() {
        return 2.0 * frame.parameterCount() - 2 * logLikelihood();
    }

    /** BIC with the number of people observed as sample size, as Rcapture and MultipleSystemsEstimation. */
    double bic() {
        return frame.parameterCount() * Math.log(observed()) - 2 * logLikelihood();
    }

    /** The fitted number of people on every list of {@code term}. */
    double fittedStatistic(int term) {
        double sum = 0;
        for (int k = 0; k < frame.cells.length; k++) {
            if ((frame.cells[k] & term) == term) {
                sum += fitted[k];
            }
        }
        return sum;
    }
}
