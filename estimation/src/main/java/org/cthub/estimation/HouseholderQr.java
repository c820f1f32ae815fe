package org.cthub.estimation;

/**
 * Householder QR decomposition of a tall matrix given as columns, for least squares and rank. A column whose
 * remaining norm falls below {@code tolerance} times its original norm is treated as linearly dependent on the
 * columns before it and skipped, as LINPACK's {@code dqrdc2} (used by R's {@code qr} and {@code glm.fit}) moves
 * it aside. Not thread-safe; the input columns are overwritten.
 */
final class HouseholderQr {

    private final double[][] qr;
    private final double[] rDiagonal;
    private final boolean[] dependent;
    private final int rows;
    private final int rank;

    /**
     * @param columns   the matrix, {@code columns[j][i]} = element (i, j); overwritten
     * @param tolerance relative size below which a column is dependent (R: 1e-7 for rank, 1e-11 in glm.fit)
     */
    HouseholderQr(double[][] columns, double tolerance) {
        this.qr = columns;
        this.rows = columns.length == 0 ? 0 : columns[0].length;
        this.rDiagonal = new double[columns.length];
        this.dependent = new boolean[columns.length];
        int pivotRow = 0;
        for (int j = 0; j < columns.length; j++) {
            double[] column = columns[j];
            double original = norm(column, 0);
            double remaining = pivotRow < rows ? norm(column, pivotRow) : 0;
            if (original == 0 || remaining <= tolerance * original) {
                dependent[j] = true;
                continue;
            }
            if (column[pivotRow] < 0) {
                remaining = -remaining;
            }
            for (int i = pivotRow; i < rows; i++) {
                column[i] /= remaining;
            }
            column[pivotRow] += 1;
            for (int later = j + 1; later < columns.length; later++) {
                reflect(column, columns[later], pivotRow);
            }
            rDiagonal[j] = -remaining;
            pivotRow++;
        }
        this.rank = pivotRow;
    }

    int rank() {
        return rank;
    }

    boolean isFullRank() {
        return rank == qr.length;
    }

    /**
     * The least-squares solution of A x = b.
     *
     * @throws IllegalStateException if A is not of full column rank
     */
    double[] solve(double[] b) {
        requireFullRank();
        double[] y = b.clone();
        int p = qr.length;
        for (int j = 0; j < p; j++) {
            reflect(qr[j], y, j);
        }
        double[] x = new double[p];
        for (int j = p - 1; j >= 0; j--) {
            double sum = y[j];
            for (int later = j + 1; later < p; later++) {
                sum -= qr[later][j] * x[later];
            }
            x[j] = sum / rDiagonal[j];
        }
        return x;
    }

    /** Element (0, 0) of (AᵀA)⁻¹ = R⁻¹R⁻ᵀ: the unscaled variance of the first coefficient. */
    double inverseGramFirst() {
        requireFullRank();
        int p = qr.length;
        double[] v = new double[p];
        double sum = 0;
        for (int k = 0; k < p; k++) {
            double s = k == 0 ? 1 : 0;
            for (int i = 0; i < k; i++) {
                s -= qr[k][i] * v[i];
            }
            v[k] = s / rDiagonal[k];
            sum += v[k] * v[k];
        }
        return sum;
    }

    private void requireFullRank() {
        if (!isFullRank()) {
            throw new IllegalStateException("the matrix is not of full column rank");
        }
    }

    /** Applies the Householder reflection stored in {@code householder} (from {@code row} down) to {@code target}. */
    private void reflect(double[] householder, double[] target, int row) {
        double s = 0;
        for (int i = row; i < rows; i++) {
            s += householder[i] * target[i];
        }
        s = -s / householder[row];
        for (int i = row; i < rows; i++) {
            target[i] += s * householder[i];
        }
    }

    private double norm(double[] column, int from) {
        double scale = 0;
        for (int i = from; i < rows; i++) {
            scale = Math.max(scale, Math.abs(column[i]));
        }
        if (scale == 0) {
            return 0;
        }
        double sum = 0;
        for (int i = from; i < rows; i++) {
            double scaled = column[i] / scale;
            sum += scaled * scaled;
        }
        return scale * Math.sqrt(sum);
    }
}
