package org.cthub.privacy.risk;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cthub.privacy.Table;

/**
 * The individual and global risk of sdcMicro's {@code measure_risk} (Templ, Kowarik and Meindl 2015,
 * "Statistical Disclosure Control for Micro-Data Using the R Package sdcMicro", JSS 67(4); R functions
 * {@code freqCalc}, {@code indivRisk(method = "approx")} and {@code measure_risk}).
 *
 * <p>Each record's class has sample frequency {@code f_k} and estimated population frequency {@code F_k}, the sum
 * of the sampling weights in the class. With {@code p_k = f_k / F_k}, the individual risk of Benedetti and
 * Franconi (Franconi and Polettini 2004, "Individual risk estimation in mu-Argus: a review") is approximated as
 * sdcMicro does:
 * <pre>
 *   f_k = 1:  r = p/(1-p) * ln(1/p)
 *   f_k = 2:  r = p/(1-p) - (p/(1-p))^2 * ln(1/p)
 *   f_k > 2:  r = p / (f_k - (1-p))
 *   F_k = f_k: r = 1/f_k
 * </pre>
 * The global risk is the expected number of re-identifications {@code sum r} divided by n.
 *
 * <p>Without weights sdcMicro takes {@code r = 1/f_k}; with unit weights {@code F_k = f_k}, so again
 * {@code r = 1/f_k}. Either way the global risk is the number of classes over n: the average prosecutor risk.
 * Where the weights sum to less than the sample frequency ({@code p_k > 1}, weights below 1) sdcMicro's formulas
 * are undefined; this class then uses {@code 1/f_k} too. Missing values are ordinary categories here (sdcMicro
 * lets {@code NA} match any value).
 */
public final class SdcMicroRisk {

    /**
     * @param individual risk of each record, in row order
     * @param expectedReidentifications the sum of the individual risks ({@code global_risk_ER})
     * @param global the expected re-identifications over the number of records ({@code global_risk})
     */
    public record Result(List<Double> individual, double expectedReidentifications, double global) {
    }

    private SdcMicroRisk() {
    }

    /** Risks without sampling weights: {@code 1 / f_k}. */
    public static Result measure(Table sample, List<String> quasiIdentifiers) {
        return measure(sample, quasiIdentifiers, null);
    }

    /**
     * Risks with sampling weights.
     *
     * @param weights one positive weight per row, or null for an unweighted sample
     * @throws IllegalArgumentException when the weights do not match the rows or are not positive
     */
    public static Result measure(Table sample, List<String> quasiIdentifiers, List<Double> weights) {
        List<List<String>> keys = QuasiIdentifierKeys.keys(sample, quasiIdentifiers);
        if (weights != null && weights.size() != keys.size()) {
            throw new IllegalArgumentException("One weight per row is needed: " + weights.size() + " weights, "
                    + keys.size() + " rows");
        }
        Map<List<String>, Long> frequency = QuasiIdentifierKeys.frequencies(keys);
        Map<List<String>, Double> weightSum = new HashMap<>();
        for (int row = 0; row < keys.size(); row++) {
            double weight = weights == null ? 1 : weights.get(row);
            if (!(weight > 0)) {
                throw new IllegalArgumentException("Row " + (row + 1) + " has a weight that is not positive");
            }
            weightSum.merge(keys.get(row), weight, Double::sum);
        }
        double[] risks = new double[keys.size()];
        double sum = 0;
        for (int row = 0; row < keys.size(); row++) {
            long f = frequency.get(keys.get(row));
            risks[row] = weights == null ? 1.0 / f : individualRisk(f, weightSum.get(keys.get(row)));
            sum += risks[row];
        }
        return new Result(java.util.Arrays.stream(risks).boxed().toList(), sum,
                keys.isEmpty() ? 0 : sum / keys.size());
    }

    /** The approximate Benedetti–Franconi risk of a record in a class of sample size f and weight sum bigF. */
    static double individualRisk(long f, double bigF) {
        double p = f / bigF;
        if (f == bigF || p >= 1) {
            return 1.0 / f;
        }
        double odds = p / (1 - p);
        if (f == 1) {
            return odds * Math.log(1 / p);
        }
        if (f == 2) {
            return odds - odds * odds * Math.log(1 / p);
        }
        return p / (f - (1 - p));
    }
}
