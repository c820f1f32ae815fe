package org.cthub.linkage.match;

/**
 * Estimates Fellegi-Sunter parameters without labelled pairs by expectation-maximisation over comparison
 * vectors (Winkler 1988, "Using the EM algorithm for weight computation in the Fellegi-Sunter model of record
 * linkage"; Jaro 1989), as Splink does. With {@code fixU}, u stays as given (Splink estimates it from random
 * pairs, where matches are negligible) and only m and λ are fitted.
 */
public final class ExpectationMaximisation {

    /** Smallest probability kept, so that no level gets an infinite weight. */
    static final double FLOOR = 1e-6;

    private final int maxIterations;
    private final double tolerance;

    /**
     * @param maxIterations at most this many EM steps, at least 1
     * @param tolerance     stop when no parameter moves more than this, positive
     */
    public ExpectationMaximisation(int maxIterations, double tolerance) {
        if (maxIterations < 1 || !(tolerance > 0)) {
            throw new IllegalArgumentException("need maxIterations >= 1 and tolerance > 0");
        }
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
    }

    /**
     * @param patterns distinct comparison vectors ({@link ComparisonPatterns#distinct()})
     * @param counts   the count of each vector
     * @param start    the starting parameters; its array shapes give the fields and levels
     * @param fixU     whether u is kept as in {@code start}
     * @return the fitted model
     */
    public FellegiSunterModel fit(long[] patterns, long[] counts, FellegiSunterModel start, boolean fixU) {
        FellegiSunterModel model = start;
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            FellegiSunterModel next = step(patterns, counts, model, fixU);
            double moved = next.distance(model);
            model = next;
            if (moved < tolerance) {
                break;
            }
        }
        return model;
    }

    private static FellegiSunterModel step(long[] patterns, long[] counts, FellegiSunterModel model, boolean fixU) {
        int fields = model.m().length;
        double[][] mSum = new double[fields][];
        double[][] uSum = new double[fields][];
        for (int f = 0; f < fields; f++) {
            mSum[f] = new double[model.m()[f].length];
            uSum[f] = new double[model.u()[f].length];
        }
        double matches = 0;
        double total = 0;
        for (int p = 0; p < patterns.length; p++) {
            double g = model.probability(patterns[p]);
            double n = counts[p];
            matches += g * n;
            total += n;
            for (int f = 0; f < fields; f++) {
                int level = PairComparator.level(patterns[p], f);
                if (level != PairComparator.MISSING) {
                    mSum[f][level] += g * n;
                    uSum[f][level] += (1 - g) * n;
                }
            }
        }
        double lambda = Math.min(1 - FLOOR, Math.max(FLOOR, matches / total));
        return new FellegiSunterModel(lambda, normalise(mSum), fixU ? model.u() : normalise(uSum));
    }

    static double[][] normalise(double[][] sums) {
        double[][] out = new double[sums.length][];
        for (int f = 0; f < sums.length; f++) {
            double total = 0;
            for (double s : sums[f]) {
                total += s;
            }
            out[f] = new double[sums[f].length];
            double kept = 0;
            for (int l = 0; l < out[f].length; l++) {
                out[f][l] = Math.max(FLOOR, total == 0 ? 1.0 / out[f].length : sums[f][l] / total);
                kept += out[f][l];
            }
            for (int l = 0; l < out[f].length; l++) {
                out[f][l] /= kept;
            }
        }
        return out;
    }
}
