package org.cthub.privacy.risk;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cthub.privacy.Table;

/**
 * Prosecutor, journalist and marketer re-identification risk and uniqueness of a table's quasi-identifiers
 * (El Emam and Dankar 2008; Dankar and El Emam 2010, "A method for evaluating marketer re-identification risk").
 * A record in class j (its combination of quasi-identifier values) occurs {@code f_j} times in the sample and
 * {@code F_j} times in the population. Without a population table the sample is its own population
 * ({@code F_j = f_j}), and journalist risk equals prosecutor risk.
 */
public final class ReidentificationRisk {

    private ReidentificationRisk() {
    }

    /**
     * Risks of a sample that is its own population.
     *
     * @param threshold record risk above which a record counts as at risk, in [0, 1] (0.2 for "k = 5")
     */
    public static RiskReport of(Table sample, List<String> quasiIdentifiers, double threshold) {
        return of(sample, quasiIdentifiers, Optional.empty(), threshold);
    }

    /**
     * Risks of a sample drawn from a population.
     *
     * @param population a table holding at least the quasi-identifier columns; every combination of the sample
     *                   must occur in it at least as often as in the sample
     * @throws IllegalArgumentException when a combination of the sample is rarer in the population
     */
    public static RiskReport of(Table sample, List<String> quasiIdentifiers, Optional<Table> population,
                                double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("The threshold must be in [0, 1]: " + threshold);
        }
        List<List<String>> keys = QuasiIdentifierKeys.keys(sample, quasiIdentifiers);
        Map<List<String>, Long> sampleCounts = QuasiIdentifierKeys.frequencies(keys);
        Map<List<String>, Long> populationCounts = population
                .map(table -> QuasiIdentifierKeys.frequencies(QuasiIdentifierKeys.keys(table, quasiIdentifiers)))
                .orElse(sampleCounts);
        long n = keys.size();
        if (n == 0) {
            return new RiskReport(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, threshold);
        }
        long minSample = Long.MAX_VALUE;
        long minPopulation = Long.MAX_VALUE;
        double journalistSum = 0;
        long prosecutorAbove = 0;
        long journalistAbove = 0;
        long sampleUniques = 0;
        long populationUniques = 0;
        for (Map.Entry<List<String>, Long> entry : sampleCounts.entrySet()) {
            long f = entry.getValue();
            long bigF = populationCounts.getOrDefault(entry.getKey(), 0L);
            if (bigF < f) {
                throw new IllegalArgumentException("A combination of quasi-identifiers occurs " + f
                        + " times in the sample but " + bigF + " times in the population");
            }
            minSample = Math.min(minSample, f);
            minPopulation = Math.min(minPopulation, bigF);
            journalistSum += f / (double) bigF;
            prosecutorAbove += 1.0 / f > threshold ? f : 0;
            journalistAbove += 1.0 / bigF > threshold ? f : 0;
            sampleUniques += f == 1 ? 1 : 0;
            populationUniques += bigF == 1 ? f : 0;
        }
        return new RiskReport(n, sampleCounts.size(), 1.0 / minSample, sampleCounts.size() / (double) n,
                prosecutorAbove / (double) n, 1.0 / minPopulation, journalistSum / n, journalistAbove / (double) n,
                journalistSum / n, sampleUniques, populationUniques, threshold);
    }
}
