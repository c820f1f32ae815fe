package org.cthub.estimation;

/**
 * The linear program of Fienberg &amp; Rinaldo (2012, Ann. Statist. 40, p. 3, typo corrected) as set up by
 * SparseMSE's {@code checkident}: maximise s subject to Aᵀx = t, x ≥ s, x ≥ 0, where A is the design (cells ×
 * terms) and t the sufficient statistics. The maximum likelihood estimate exists if and only if the optimum is
 * positive (some strictly positive table has the observed margins).
 *
 * <p>Solved in the equivalent form x = y + s·1: Aᵀy + s·Aᵀ1 = t with y, s ≥ 0 (as many rows as terms), by a
 * dense two-phase simplex with Bland's rule, which cannot cycle on these highly degenerate problems.
 */
final class ExistenceLp {

    private static final double EPS = 1e-9;

    private ExistenceLp() {
    }

    /**
     * @param design columns of A (terms), each over the cells; entries 0 or 1
     * @param counts observed counts of the cells (t = Aᵀ counts)
     * @return the optimal s, 0 when the MLE does not exist
     */
    static double optimum(double[][] design, double[] counts) {
        int rows = design.length;
        int cells = counts.length;
        int variables = cells + 1;
        int rhs = variables + rows;
        double[][] t = new double[rows + 1][rhs + 1];
        for (int r = 0; r < rows; r++) {
            double rowSum = 0;
            double statistic = 0;
            for (int k = 0; k < cells; k++) {
                t[r][k] = design[r][k];
                rowSum += design[r][k];
                statistic += design[r][k] * counts[k];
            }
            t[r][cells] = rowSum;
            t[r][variables + r] = 1;
            t[r][rhs] = statistic;
        }
        int[] basis = new int[rows];
        double[] objective = t[rows];
        for (int r = 0; r < rows; r++) {
            basis[r] = variables + r;
            for (int j = 0; j < variables; j++) {
                objective[j] -= t[r][j];
            }
            objective[rhs] -= t[r][rhs];
        }
        minimise(t, basis, rhs);
        driveOutArtificials(t, basis, variables);
        java.util.Arrays.fill(objective, 0);
        objective[cells] = -1;
        for (int r = 0; r < rows; r++) {
            if (basis[r] == cells) {
                double factor = objective[cells];
                for (int j = 0; j <= rhs; j++) {
                    objective[j] -= factor * t[r][j];
                }
            }
        }
        minimise(t, basis, variables);
        for (int r = 0; r < rows; r++) {
            if (basis[r] == cells) {
                return Math.max(0, t[r][rhs]);
            }
        }
        return 0;
    }

    /** Simplex iterations on the objective row (reduced costs; minimisation) over columns below {@code limit}. */
    private static void minimise(double[][] t, int[] basis, int limit) {
        int rows = basis.length;
        int rhs = t[0].length - 1;
        double[] objective = t[rows];
        for (int guard = 0; guard < 100_000; guard++) {
            int enter = -1;
            for (int j = 0; j < limit; j++) {
                if (objective[j] < -EPS) {
                    enter = j;
                    break;
                }
            }
            if (enter < 0) {
                return;
            }
            int leave = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int r = 0; r < rows; r++) {
                if (t[r][enter] > EPS) {
                    double ratio = t[r][rhs] / t[r][enter];
                    if (ratio < best - EPS || (ratio <= best + EPS && leave >= 0 && basis[r] < basis[leave])) {
                        best = Math.min(best, ratio);
                        leave = r;
                    }
                }
            }
            if (leave < 0) {
                throw new IllegalStateException("the existence linear program is unbounded");
            }
            pivot(t, leave, enter);
            basis[leave] = enter;
        }
        throw new IllegalStateException("the existence linear program did not terminate");
    }

    /** After phase one, replaces artificial basic variables (at zero) by real ones where the row allows. */
    private static void driveOutArtificials(double[][] t, int[] basis, int variables) {
        for (int r = 0; r < basis.length; r++) {
            if (basis[r] >= variables) {
                for (int j = 0; j < variables; j++) {
                    if (Math.abs(t[r][j]) > EPS) {
                        pivot(t, r, j);
                        basis[r] = j;
                        break;
                    }
                }
            }
        }
    }

    private static void pivot(double[][] t, int row, int column) {
        double[] pivotRow = t[row];
        double value = pivotRow[column];
        for (int j = 0; j < pivotRow.length; j++) {
            pivotRow[j] /= value;
        }
        for (int r = 0; r < t.length; r++) {
            double factor = t[r][column];
            if (r != row && factor != 0) {
                double[] target = t[r];
                for (int j = 0; j < target.length; j++) {
                    target[j] -= factor * pivotRow[j];
                }
            }
        }
    }
}
