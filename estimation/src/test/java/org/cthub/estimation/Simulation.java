package org.cthub.estimation;

import java.util.List;
import java.util.SplittableRandom;

/** Capture tables drawn from a known log-linear model: each of N people gets a capture history at random. */
final class Simulation {

    private final double[] probabilities;

    /**
     * @param mainEffects  log-odds-like main effects per list
     * @param interactions interaction terms (bit masks) and their effects
     */
    Simulation(int lists, double[] mainEffects, List<int[]> interactions, double[] effects) {
        double[] weights = new double[1 << lists];
        double total = 0;
        for (int history = 0; history < weights.length; history++) {
            double eta = 0;
            for (int i = 0; i < lists; i++) {
                eta += (history & (1 << i)) != 0 ? mainEffects[i] : 0;
            }
            for (int k = 0; k < interactions.size(); k++) {
                int term = interactions.get(k)[0];
                eta += (history & term) == term ? effects[k] : 0;
            }
            weights[history] = Math.exp(eta);
            total += weights[history];
        }
        probabilities = new double[weights.length];
        for (int history = 0; history < weights.length; history++) {
            probabilities[history] = weights[history] / total;
        }
    }

    /** Counts by history for {@code population} people; history 0 (on no list) is dropped. */
    long[] draw(int population, SplittableRandom random) {
        long[] counts = new long[probabilities.length];
        for (int person = 0; person < population; person++) {
            double u = random.nextDouble();
            int history = 0;
            double cumulative = probabilities[0];
            while (u >= cumulative && history < probabilities.length - 1) {
                history++;
                cumulative += probabilities[history];
            }
            counts[history]++;
        }
        counts[0] = 0;
        return counts;
    }

    static List<String> names(int lists) {
        return java.util.stream.IntStream.range(0, lists).mapToObj(i -> String.valueOf((char) ('A' + i))).toList();
    }
}
