package org.cthub.estimation;

/**
 * Weighted least squares through the normal equations XᵀWX β = XᵀWz, solved by Cholesky. The design is 0/1 and
 * sparse, given per cell as the columns it contains, so XᵀWX costs a few additions per cell instead of a dense
 * product. Declines (returns {@code null}) when a pivot is not clearly positive, so that the caller can fall back
 * to the QR decomposition, which resolves near-dependence as R's {@code glm.fit} does.
 */
final class NormalEquations {

    /** A pivot below this fraction of its diagonal entry counts as dependent: hand over to QR. */
    private static final double PIVOT_TOLERANCE = 1e-9;

    private final double[] lower;
    private final int size;

    private NormalEquations(double[] lower, int size) {
        this.lower = lower;
        this.size = size;
    }

    /**
     * @param cellColumns for each cell, the ascending indices of the design columns equal to 1 there
     * @param columns     number of columns
     * @param weights     cell weights (0 excludes a cell)
     * @param rhs         receives XᵀWz
     * @param z           working response
     * @return the factorisation, or {@code null} if XᵀWX is not safely positive definite
     */
    static NormalEquations factor(int[][] cellColumns, int columns, double[] weights, double[] z, double[] rhs) {
        double[] gram = new double[columns * columns];
        java.util.Arrays.fill(rhs, 0);
        for (int cell = 0; cell < cellColumns.length; cell++) {
            double w = weights[cell];
            if (w > 0) {
                int[] present = cellColumns[cell];
                double wz = w * z[cell];
                for (int a = 0; a < present.length; a++) {
                    int row = present[a] * columns;
                    rhs[present[a]] += wz;
                    for (int b = 0; b <= a; b++) {
                        gram[row + present[b]] += w;
                    }
                }
            }
        }
        for (int j = 0; j < columns; j++) {
            double diagonal = gram[j * columns + j];
            double pivot = diagonal;
            for (int k = 0; k < j; k++) {
                pivot -= gram[j * columns + k] * gram[j * columns + k];
            }
            if (!(pivot > PIVOT_TOLERANCE * diagonal)) {
                return null;
            }
            double root = Math.sqrt(pivot);
            gram[j * columns + j] = root;
            for (int i = j + 1; i < columns; i++) {
                double sum = gram[i * columns + j];
                for (int k = 0; k < j; k++) {
                    sum -= gram[i * columns + k] * gram[j * columns + k];
                }
                gram[i * columns + j] = sum / root;
            }
        }
        return new NormalEquations(gram, columns);
    }

    /** Solves L Lᵀ x = b. */
    double[] solve(double[] b) {
        double[] x = b.clone();
        for (int i = 0; i < size; i++) {
            double sum = x[i];
            for (int k = 0; k < i; k++) {
                sum -= lower[i * size + k] * x[k];
            }
            x[i] = sum / lower[i * size + i];
        }
        for (int i = size - 1; i >= 0; i--) {
            double sum = x[i];
            for (int k = i + 1; k < size; k++) {
                sum -= lower[k * size + i] * x[k];
            }
            x[i] = sum / lower[i * size + i];
        }
        return x;
    }

    /** Element (0, 0) of (XᵀWX)⁻¹ = ‖L⁻¹e₀‖². */
    double inverseFirst() {
        double[] v = new double[size];
        double sum = 0;
        for (int i = 0; i < size; i++) {
            double s = i == 0 ? 1 : 0;
            for (int k = 0; k < i; k++) {
                s -= lower[i * size + k] * v[k];
            }
            v[i] = s / lower[i * size + i];
            sum += v[i] * v[i];
        }
        return sum;
    }
}
