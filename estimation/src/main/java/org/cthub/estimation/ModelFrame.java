package org.cthub.estimation;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells and columns actually fitted for a model and a table. A term whose sufficient statistic is zero (no one
 * is on all its lists) has its maximum likelihood estimate at −∞: it is dropped and every cell containing it is
 * fixed at zero, which gives the extended maximum likelihood estimate (Chan, Silverman &amp; Vincent 2021, JASA
 * 116, s2.3; SparseMSE {@code buildmodel}; MultipleSystemsEstimation {@code fit_hier_model}).
 */
final class ModelFrame {

    /** Which zero-statistic terms are fixed at −∞. */
    enum EmptyTerms {
        /** Only interactions, as SparseMSE's {@code buildmodel} and {@code checkident}. */
        INTERACTIONS,
        /** Every term, main effects included, as MultipleSystemsEstimation's {@code checkident.1}. */
        ALL
    }

    final LogLinearModel model;
    /** Kept histories, ascending. */
    final int[] cells;
    /** Observed counts of the kept cells. */
    final double[] counts;
    /** Estimable terms: the intercept first, then main effects, then interactions, in model order. */
    final int[] columns;
    /** Terms fixed at −∞, in model order. */
    final int[] minusInfinity;

    private ModelFrame(LogLinearModel model, int[] cells, double[] counts, int[] columns, int[] minusInfinity) {
        this.model = model;
        this.cells = cells;
        this.counts = counts;
        this.columns = columns;
        this.minusInfinity = minusInfinity;
    }

    static ModelFrame of(long[] countsByHistory, LogLinearModel model, EmptyTerms rule) {
        List<Integer> columns = new ArrayList<>();
        List<Integer> empty = new ArrayList<>();
        for (int term : model.terms()) {
            boolean mayBeEmpty = term != 0 && (rule == EmptyTerms.ALL || Integer.bitCount(term) >= 2);
            if (mayBeEmpty && statistic(countsByHistory, term) == 0) {
                empty.add(term);
            } else {
                columns.add(term);
            }
        }
        List<Integer> cells = new ArrayList<>();
        for (int history = 1; history < countsByHistory.length; history++) {
            if (!containsAny(history, empty)) {
                cells.add(history);
            }
        }
        double[] counts = new double[cells.size()];
        for (int k = 0; k < counts.length; k++) {
            counts[k] = countsByHistory[cells.get(k)];
        }
        return new ModelFrame(model, toArray(cells), counts, toArray(columns), toArray(empty));
    }

    /** How many people are on every list of {@code term} (whatever their other lists). */
    static long statistic(long[] countsByHistory, int term) {
        long total = 0;
        for (int history = 1; history < countsByHistory.length; history++) {
            if ((history & term) == term) {
                total += countsByHistory[history];
            }
        }
        return total;
    }

    /** All parameters of the model, those fixed at −∞ included (the count used in AIC and BIC). */
    int parameterCount() {
        return columns.length + minusInfinity.length;
    }

    double observed() {
        double total = 0;
        for (double count : counts) {
            total += count;
        }
        return total;
    }

    /** For each cell, the ascending indices of the columns whose terms it contains (the sparse design). */
    int[][] cellColumns() {
        int[][] present = new int[cells.length][];
        int[] buffer = new int[columns.length];
        for (int k = 0; k < cells.length; k++) {
            int count = 0;
            for (int j = 0; j < columns.length; j++) {
                if ((cells[k] & columns[j]) == columns[j]) {
                    buffer[count++] = j;
                }
            }
            present[k] = java.util.Arrays.copyOf(buffer, count);
        }
        return present;
    }

    /** The design as columns: {@code design[j][k]} is 1 when cell k contains term j. */
    double[][] design() {
        double[][] design = new double[columns.length][cells.length];
        for (int j = 0; j < columns.length; j++) {
            int term = columns[j];
            for (int k = 0; k < cells.length; k++) {
                design[j][k] = (cells[k] & term) == term ? 1 : 0;
            }
        }
        return design;
    }

    /** The interactions fixed at −∞ that are pairs of lists: SparseMSE's "empty overlaps". */
    List<Integer> emptyPairs() {
        List<Integer> pairs = new ArrayList<>();
        for (int term : minusInfinity) {
            if (Integer.bitCount(term) == 2) {
                pairs.add(term);
            }
        }
        return pairs;
    }

    private static boolean containsAny(int history, List<Integer> terms) {
        for (int term : terms) {
            if ((history & term) == term) {
                return true;
            }
        }
        return false;
    }

    private static int[] toArray(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }
}
