package org.cthub.estimation;

/**
 * Maximum likelihood for a Poisson log-linear model by iteratively reweighted least squares, following R's
 * {@code glm.fit} (start at y + 0.1; convergence when the relative change of deviance falls below 1e-8; the
 * intercept's variance from the last iteration's weights) with two safeguards: step-halving when the deviance is
 * not finite or rises, and weight 0 for cells whose fitted value underflows. Each step solves the weighted normal
 * equations by Cholesky, or by Householder QR when they are near-singular. McCullagh &amp; Nelder (1989),
 * Generalized Linear Models, 2nd ed., s2.5.
 */
final class PoissonIrls {

    /**
     * Convergence when |dev − dev_old| / (|dev| + 0.1) falls below this: glm.fit's default, kept so that the
     * iterations, and the standard error taken from the last iteration's weights, are R's.
     */
    static final double EPSILON = 1e-8;
    static final int MAX_ITERATIONS = 100;
    private static final int MAX_HALVINGS = 40;
    /** glm.fit's tolerance for a dependent column: min(1e-7, epsilon / 1000). */
    private static final double QR_TOLERANCE = 1e-11;

    /**
     * @param coefficients      estimates, in design column order
     * @param fitted            fitted means of the cells
     * @param deviance          2 Σ [y log(y/μ) − (y − μ)]
     * @param interceptVariance element (0,0) of (XᵀWX)⁻¹ at the last iteration (R's {@code cov.unscaled})
     * @param converged         whether the deviance settled within {@link #MAX_ITERATIONS}
     */
    record Result(double[] coefficients, double[] fitted, double deviance, double interceptVariance,
            boolean converged) {
    }

    private PoissonIrls() {
    }

    /**
     * Fits log μ = X β for a 0/1 design given, for each cell, by the columns equal to 1 there.
     *
     * @param cellColumns ascending column indices per cell; column 0 is the intercept
     * @param columns     the number of columns
     * @param y           the observed counts
     * @return the fit, or {@code null} if X (with the working weights) is not of full column rank
     */
    static Result fit(int[][] cellColumns, int columns, double[] y) {
        int m = y.length;
        double[] mu = new double[m];
        double[] eta = new double[m];
        for (int i = 0; i < m; i++) {
            mu[i] = y[i] + 0.1;
            eta[i] = Math.log(mu[i]);
        }
        double[] weights = new double[m];
        double[] z = new double[m];
        double[] rhs = new double[columns];
        double devianceOld = deviance(y, mu);
        double deviance = devianceOld;
        double[] beta = null;
        double[] betaOld = null;
        double interceptVariance = Double.NaN;
        boolean converged = false;
        for (int iteration = 1; iteration <= MAX_ITERATIONS && !converged; iteration++) {
            for (int i = 0; i < m; i++) {
                boolean usable = mu[i] > Double.MIN_NORMAL;
                weights[i] = usable ? mu[i] : 0;
                z[i] = usable ? eta[i] + (y[i] - mu[i]) / mu[i] : 0;
            }
            NormalEquations normal = NormalEquations.factor(cellColumns, columns, weights, z, rhs);
            if (normal != null) {
                beta = normal.solve(rhs);
                interceptVariance = normal.inverseFirst();
            } else {
                HouseholderQr qr = weightedQr(cellColumns, columns, weights);
                if (!qr.isFullRank()) {
                    return null;
                }
                double[] b = new double[m];
                for (int i = 0; i < m; i++) {
                    b[i] = Math.sqrt(weights[i]) * z[i];
                }
                beta = qr.solve(b);
                interceptVariance = qr.inverseGramFirst();
            }
            deviance = evaluate(cellColumns, y, beta, eta, mu);
            for (int halving = 0; betaOld != null && halving < MAX_HALVINGS
                    && (!Double.isFinite(deviance) || deviance > devianceOld + 1e-9 * (Math.abs(devianceOld) + 0.1));
                    halving++) {
                for (int j = 0; j < columns; j++) {
                    beta[j] = (beta[j] + betaOld[j]) / 2;
                }
                deviance = evaluate(cellColumns, y, beta, eta, mu);
            }
            if (!Double.isFinite(deviance)) {
                return new Result(beta, mu, deviance, Double.NaN, false);
            }
            converged = Math.abs(deviance - devianceOld) / (Math.abs(deviance) + 0.1) < EPSILON;
            devianceOld = deviance;
            betaOld = beta.clone();
        }
        return new Result(beta, mu, deviance, interceptVariance, converged);
    }

    private static HouseholderQr weightedQr(int[][] cellColumns, int columns, double[] weights) {
        double[][] a = new double[columns][weights.length];
        for (int i = 0; i < weights.length; i++) {
            double w = Math.sqrt(weights[i]);
            for (int j : cellColumns[i]) {
                a[j][i] = w;
            }
        }
        return new HouseholderQr(a, QR_TOLERANCE);
    }

    /** Sets eta = Xβ and mu = exp(eta); returns the deviance. */
    private static double evaluate(int[][] cellColumns, double[] y, double[] beta, double[] eta, double[] mu) {
        for (int i = 0; i < y.length; i++) {
            double sum = 0;
            for (int j : cellColumns[i]) {
                sum += beta[j];
            }
            eta[i] = sum;
            mu[i] = Math.exp(sum);
        }
        return deviance(y, mu);
    }

    static double deviance(double[] y, double[] mu) {
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            double term = y[i] > 0 ? y[i] * Math.log(y[i] / mu[i]) : 0;
            sum += term - (y[i] - mu[i]);
        }
        return 2 * sum;
    }
}
