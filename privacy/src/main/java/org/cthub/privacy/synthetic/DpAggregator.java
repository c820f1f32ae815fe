package org.cthub.privacy.synthetic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.cthub.privacy.Table;
import org.cthub.privacy.dp.GeometricMechanism;
import org.cthub.privacy.dp.StandardNormal;

/**
 * Differentially private marginals as Microsoft's synthetic data showcase computes them ({@code docs/dp/README.md}
 * of microsoft/synthetic-data-showcase, after "Differentially Private Marginals"): for k = 1 .. R, every
 * candidate k-combination gets its count plus Gaussian noise {@code sigma_k sqrt(Delta_k) N(0, 1)} and is reported
 * when that exceeds a threshold; candidates of length k are the combinations whose (k-1)-sub-combinations were
 * all reported, including combinations absent from the data (fabricated), so that absence is also protected.
 *
 * <p>Budget (zCDP): with {@code eps_N} for the record count and {@code eps_M = eps - eps_N},
 * {@code rho = (sqrt(eps_M + ln(2/delta)) - sqrt(ln(2/delta)))^2} and {@code 1/2 sum_k 1/sigma_k^2 = rho} with
 * {@code sigma_k = p_k sigma}. Unlike the showcase, the sensitivity is the data-independent maximum
 * {@code Delta_k = C(d, k)} (d columns) instead of a DP percentile, so no budget goes to percentiles. The
 * length-1 threshold {@code 1 + sigma_1 sqrt(Delta_1) PhiInv((1 - delta/2)^(1/Delta_1))} is the one privacy
 * requires (values themselves come from the data); the record count uses the geometric mechanism. Reported
 * counts are then normalised so that no combination exceeds any of its sub-combinations.
 */
final class DpAggregator {

    private final SyntheticDataParameters parameters;
    private final RandomGenerator random;

    DpAggregator(SyntheticDataParameters parameters, RandomGenerator random) {
        this.parameters = parameters;
        this.random = random;
    }

    NoisyAggregates aggregate(Table table, Attributes attributes) {
        int columns = table.columns().size();
        int length = Math.min(parameters.reportingLength(), columns);
        double epsilonRecords = parameters.epsilon() * parameters.recordCountEpsilonProportion();
        long protectedCount = Math.max(0, new GeometricMechanism(epsilonRecords, 1).release(table.size(), random));
        double n = Math.max(protectedCount, 3);
        double delta = parameters.delta().orElse(1 / (Math.log(n) * n));
        double epsilonMarginals = parameters.epsilon() - epsilonRecords;
        double logTerm = Math.log(2 / delta);
        double rho = Math.pow(Math.sqrt(epsilonMarginals + logTerm) - Math.sqrt(logTerm), 2);
        double inverseSquares = 0;
        for (int k = 0; k < length; k++) {
            double p = parameters.sigmaProportions().get(k);
            inverseSquares += 1 / (p * p);
        }
        double sigma = Math.sqrt(inverseSquares / (2 * rho));
        double[] sigmas = new double[length];
        double[] thresholds = new double[length];
        Map<List<Integer>, Long> real = realCounts(table, attributes, length);
        Map<List<Integer>, Double> reported = new LinkedHashMap<>();
        List<List<Integer>> previous = List.of();
        for (int k = 1; k <= length; k++) {
            sigmas[k - 1] = parameters.sigmaProportions().get(k - 1) * sigma;
            double scale = sigmas[k - 1] * Math.sqrt(binomial(columns, k));
            thresholds[k - 1] = k == 1 ? Math.max(parameters.threshold(), 1 + scale
                    * StandardNormal.inverseCdf(Math.pow(1 - delta / 2, 1.0 / binomial(columns, 1))))
                    : parameters.threshold();
            List<List<Integer>> candidates = k == 1 ? singles(attributes) : extend(previous, reported, attributes);
            List<List<Integer>> kept = new ArrayList<>();
            for (List<Integer> candidate : candidates) {
                double noisy = real.getOrDefault(candidate, 0L) + scale * random.nextGaussian();
                if (noisy > thresholds[k - 1]) {
                    reported.put(candidate, noisy);
                    kept.add(candidate);
                }
            }
            previous = kept;
        }
        normalise(reported);
        return new NoisyAggregates(reported, protectedCount, parameters.epsilon(), delta, sigmas, thresholds);
    }

    private static Map<List<Integer>, Long> realCounts(Table table, Attributes attributes, int length) {
        Map<List<Integer>, Long> counts = new HashMap<>();
        for (List<String> row : table.rows()) {
            for (List<Integer> combination : Attributes.combinations(attributes.of(row), length)) {
                counts.merge(combination, 1L, Long::sum);
            }
        }
        return counts;
    }

    private static List<List<Integer>> singles(Attributes attributes) {
        List<List<Integer>> singles = new ArrayList<>();
        for (int a = 0; a < attributes.size(); a++) {
            singles.add(List.of(a));
        }
        return singles;
    }

    /** Reported (k-1)-combinations extended by a reported single of a later column, all sub-combinations reported. */
    private static List<List<Integer>> extend(List<List<Integer>> previous, Map<List<Integer>, Double> reported,
                                              Attributes attributes) {
        List<Integer> singles = reported.keySet().stream().filter(c -> c.size() == 1).map(c -> c.get(0)).toList();
        List<List<Integer>> candidates = new ArrayList<>();
        for (List<Integer> base : previous) {
            int lastColumn = attributes.column(base.get(base.size() - 1));
            for (int single : singles) {
                if (attributes.column(single) <= lastColumn) {
                    continue;
                }
                List<Integer> candidate = new ArrayList<>(base);
                candidate.add(single);
                if (allSubsetsReported(candidate, reported)) {
                    candidates.add(List.copyOf(candidate));
                }
            }
        }
        return candidates;
    }

    private static boolean allSubsetsReported(List<Integer> candidate, Map<List<Integer>, Double> reported) {
        for (int skip = 0; skip < candidate.size() - 1; skip++) {
            List<Integer> subset = new ArrayList<>(candidate);
            subset.remove(skip);
            if (!reported.containsKey(subset)) {
                return false;
            }
        }
        return true;
    }

    /** No combination's count exceeds that of any sub-combination one shorter (lengths in increasing order). */
    private static void normalise(Map<List<Integer>, Double> reported) {
        for (Map.Entry<List<Integer>, Double> entry : reported.entrySet()) {
            List<Integer> combination = entry.getKey();
            if (combination.size() < 2) {
                continue;
            }
            double limit = entry.getValue();
            for (int skip = 0; skip < combination.size(); skip++) {
                List<Integer> subset = new ArrayList<>(combination);
                subset.remove(skip);
                limit = Math.min(limit, reported.get(subset));
            }
            entry.setValue(limit);
        }
    }

    static long binomial(int n, int k) {
        long result = 1;
        for (int i = 1; i <= k; i++) {
            result = result * (n - k + i) / i;
        }
        return result;
    }
}
