package org.cthub.estimation;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Existence and identifiability of a model's maximum likelihood estimate: the Fienberg–Rinaldo linear program
 * ({@link ExistenceLp}) and the rank of the design. Whether the estimate exists depends only on which cells are
 * zero, so answers are cached by (model, zero pattern) — the economy MultipleSystemsEstimation's
 * {@code checkident.2} makes for bootstrap replicates. Thread-safe.
 */
final class ExistenceCheck {

    private static final double RANK_TOLERANCE = 1e-7;

    private final Map<Key, Identifiability> cache = new ConcurrentHashMap<>();

    /**
     * SparseMSE's {@code checkident}: interactions with an empty overlap are dropped with their cells; main effects
     * are kept whatever their counts.
     */
    Identifiability sparseMse(long[] counts, LogLinearModel model) {
        return cache.computeIfAbsent(Key.of(ModelFrame.EmptyTerms.INTERACTIONS, model, counts),
                key -> check(ModelFrame.of(counts, model, ModelFrame.EmptyTerms.INTERACTIONS), true));
    }

    /**
     * MultipleSystemsEstimation's {@code checkident.1}: every zero-statistic term is fixed at −∞; only the linear
     * program is run (rank is checked when fitting).
     */
    boolean extendedMleExists(long[] counts, LogLinearModel model) {
        return cache.computeIfAbsent(Key.of(ModelFrame.EmptyTerms.ALL, model, counts),
                key -> check(ModelFrame.of(counts, model, ModelFrame.EmptyTerms.ALL), false))
                != Identifiability.DOES_NOT_EXIST;
    }

    private static Identifiability check(ModelFrame frame, boolean checkRank) {
        double optimum = ExistenceLp.optimum(frame.design(), frame.counts);
        boolean exists = optimum > 1e-9 * Math.max(1, frame.observed());
        boolean identifiable = !checkRank || rankDeficiency(frame.design()) == 0;
        return Identifiability.of(exists, identifiable);
    }

    /** Columns minus rank, as R's {@code ncol(X) - qr(X)$rank}; overwrites {@code design}. */
    static int rankDeficiency(double[][] design) {
        return design.length - new HouseholderQr(design, RANK_TOLERANCE).rank();
    }

    /** Model, rule and the pattern of non-zero cells. */
    private record Key(ModelFrame.EmptyTerms rule, LogLinearModel model, long[] support) {

        static Key of(ModelFrame.EmptyTerms rule, LogLinearModel model, long[] counts) {
            long[] words = new long[(counts.length + 63) / 64];
            for (int history = 0; history < counts.length; history++) {
                if (counts[history] > 0) {
                    words[history >> 6] |= 1L << (history & 63);
                }
            }
            return new Key(rule, model, words);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && rule == key.rule && model.equals(key.model)
                    && Arrays.equals(support, key.support);
        }

        @Override
        public int hashCode() {
            return (rule.hashCode() * 31 + model.hashCode()) * 31 + Arrays.hashCode(support);
        }
    }
}
