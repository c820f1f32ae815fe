package org.cthub.linkage.match;

/**
 * Estimates Fellegi-Sunter parameters without labelled pairs by expectation-maximisation over comparison
 * vectors (Winkler 1988, "Using the EM algorithm for weight computation in the Fellegi-Sunter model of record
 * linkage"; Jaro 1989), as Splink does. With {@code fixU}, u stays as given (Splink estimates it from random
 * pairs, where matches are negligible) and only m and λ are fitted.
 *
 * <p>The M-step is constrained, because unconstrained EM finds whatever latent class explains the candidate
 * pairs best, which need not be "same person": on lists with few distinct given names it converged to "same
 * given name and gender", with m below u for exact birth-date agreement. Levels are ordered from the strongest
 * agreement to disagreement, and the likelihood ratio m/u must not increase along them (monotone likelihood
 * ratio; with both rows summing to 1 this gives m ≥ u at exact agreement). The constrained maximum is found by
 * pooling adjacent violators: levels whose ratio increases are pooled until it does not, and within a pool m
 * and u are shared out in proportion to the pooled counts (Dykstra, Kochar and Robertson 1995, "Inference for
 * likelihood ratio ordering in the two-sample problem", JASA 90:1034). λ is kept at most {@code maxLambda}.
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
        return fit(patterns, counts, start, fixU, 1 - FLOOR, 0);
    }

    /**
     * @param patterns  distinct comparison vectors ({@link ComparisonPatterns#distinct()})
     * @param counts    the count of each vector
     * @param start     the starting parameters; its array shapes give the fields and levels
     * @param fixU      whether u is kept as in {@code start}
     * @param maxLambda the largest share of matches among the pairs that is believable, in (0, 1)
     * @param minExact  the smallest believable m of exact agreement on any field, in [0, 1)
     * @return the fitted model
     */
    public FellegiSunterModel fit(long[] patterns, long[] counts, FellegiSunterModel start, boolean fixU,
            double maxLambda, double minExact) {
        if (!(maxLambda > 0 && maxLambda < 1) || !(minExact >= 0 && minExact < 1)) {
            throw new IllegalArgumentException("need maxLambda in (0, 1) and minExact in [0, 1)");
        }
        FellegiSunterModel model = start;
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            FellegiSunterModel next = step(patterns, counts, model, fixU, maxLambda, minExact);
            double moved = next.distance(model);
            model = next;
            if (moved < tolerance) {
                break;
            }
        }
        return model;
    }

    private static FellegiSunterModel step(long[] patterns, long[] counts, FellegiSunterModel model, boolean fixU,
            double maxLambda, double minExact) {
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
        double lambda = Math.min(Math.min(1 - FLOOR, maxLambda), Math.max(FLOOR, matches / total));
        double[][] m = new double[fields][];
        double[][] u = new double[fields][];
        for (int f = 0; f < fields; f++) {
            double[][] constrained = monotone(mSum[f], fixU ? null : uSum[f], model.u()[f]);
            m[f] = atLeast(constrained[0], minExact);
            u[f] = constrained[1];
        }
        return new FellegiSunterModel(lambda, normalise(m), fixU ? model.u() : normalise(u));
    }

    /**
     * The maximum of Σ a log m + Σ b log u over m and u summing to 1 with m/u non-increasing along the levels,
     * by pooling adjacent violators. With {@code b} null, u is fixed at {@code fixedU} and only m is fitted.
     *
     * @return m and u, not yet floored
     */
    static double[][] monotone(double[] a, double[] b, double[] fixedU) {
        int levels = a.length;
        double aTotal = 0;
        double bTotal = 0;
        for (int l = 0; l < levels; l++) {
            aTotal += a[l];
            bTotal += b == null ? fixedU[l] : b[l];
        }
        if (aTotal <= 0 || bTotal <= 0) {
            double[] m = a.clone();
            return new double[][] {m, b == null ? fixedU.clone() : b.clone()};
        }
        // Each pool: first level, pooled share of matches (x) and of non-matches (y); the ratio x/y must fall.
        int[] start = new int[levels];
        double[] x = new double[levels];
        double[] y = new double[levels];
        int pools = 0;
        for (int l = 0; l < levels; l++) {
            start[pools] = l;
            x[pools] = a[l] / aTotal;
            y[pools] = (b == null ? fixedU[l] : b[l]) / bTotal;
            pools++;
            while (pools > 1 && x[pools - 2] * y[pools - 1] < x[pools - 1] * y[pools - 2]) {
                x[pools - 2] += x[pools - 1];
                y[pools - 2] += y[pools - 1];
                pools--;
            }
        }
        double[] m = new double[levels];
        double[] u = new double[levels];
        for (int p = 0; p < pools; p++) {
            int from = start[p];
            int to = p + 1 < pools ? start[p + 1] : levels;
            double weight = 0;
            for (int l = from; l < to; l++) {
                weight += share(a, b, fixedU, l);
            }
            for (int l = from; l < to; l++) {
                double w = weight > 0 ? share(a, b, fixedU, l) / weight : 1.0 / (to - from);
                m[l] = x[p] * w;
                u[l] = y[p] * w;
            }
        }
        return new double[][] {m, u};
    }

    /**
     * The row with its exact level raised to at least {@code min} and the others scaled down in proportion: the
     * multinomial's maximum likelihood under that one bound. Raising the first level keeps the ratio falling.
     */
    static double[] atLeast(double[] m, double min) {
        double total = 0;
        for (double v : m) {
            total += v;
        }
        if (total <= 0 || m[0] / total >= min) {
            return m;
        }
        double rest = total - m[0];
        double[] out = new double[m.length];
        out[0] = min;
        for (int l = 1; l < m.length; l++) {
            out[l] = rest > 0 ? m[l] / rest * (1 - min) : (1 - min) / (m.length - 1);
        }
        return out;
    }

    /** How a pool's mass is shared among its levels: by pooled counts, or by the fixed u when u is fixed. */
    private static double share(double[] a, double[] b, double[] fixedU, int l) {
        return b == null ? fixedU[l] : a[l] + b[l];
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
