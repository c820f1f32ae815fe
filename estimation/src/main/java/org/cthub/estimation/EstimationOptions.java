package org.cthub.estimation;

import java.util.List;

/**
 * What to estimate and how. Start from {@link #defaults()} (SparseMSE's: stepwise at p = 0.02, BCa with 1000
 * replicates, seed 1234) and change what you need.
 *
 * @param method              how the model is chosen
 * @param pThreshold          stepwise: the p-value an interaction must beat, in [0, 1]
 * @param maxOrder            AIC/BIC: the highest order of interaction searched, or 0 for MultipleSystemsEstimation's
 *                            default for the number of lists (1, 2, 3, 3, 2 for 2 to 6 lists)
 * @param interactions        fixed method: the interactions, named "A:B" after the lists
 * @param interval            the kind of interval reported
 * @param bootstrapReplicates BCa: how many replicates, at least 2 (1000 or more for published figures)
 * @param seed                BCa: seed of the random generator
 * @param threads             BCa and AIC/BIC: how many threads to use, at least 1 (results do not depend on it)
 */
public record EstimationOptions(ModelChoice method, double pThreshold, int maxOrder, List<String> interactions,
        IntervalKind interval, int bootstrapReplicates, long seed, int threads) {

    public EstimationOptions {
        if (method == null || interval == null) {
            throw new IllegalArgumentException("method and interval are required");
        }
        if (!(pThreshold >= 0 && pThreshold <= 1)) {
            throw new IllegalArgumentException("the p-value threshold must be between 0 and 1");
        }
        if (maxOrder < 0) {
            throw new IllegalArgumentException("the maximum order must be 0 (default) or more");
        }
        if (interval == IntervalKind.BCA && bootstrapReplicates < 2) {
            throw new IllegalArgumentException("a BCa interval needs at least 2 bootstrap replicates");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        interactions = List.copyOf(interactions);
        if (method == ModelChoice.FIXED) {
            interactions.forEach(name -> {
                if (!name.contains(":")) {
                    throw new IllegalArgumentException("an interaction names two or more lists, as A:B: " + name);
                }
            });
        }
    }

    /** Stepwise at p = 0.02, BCa interval with 1000 replicates, seed 1234, one thread per processor. */
    public static EstimationOptions defaults() {
        return new EstimationOptions(ModelChoice.STEPWISE, 0.02, 0, List.of(), IntervalKind.BCA, 1000, 1234,
                Runtime.getRuntime().availableProcessors());
    }

    public EstimationOptions withMethod(ModelChoice newMethod) {
        return new EstimationOptions(newMethod, pThreshold, maxOrder, interactions, interval, bootstrapReplicates,
                seed, threads);
    }

    public EstimationOptions withPThreshold(double newThreshold) {
        return new EstimationOptions(method, newThreshold, maxOrder, interactions, interval, bootstrapReplicates,
                seed, threads);
    }

    public EstimationOptions withMaxOrder(int newMaxOrder) {
        return new EstimationOptions(method, pThreshold, newMaxOrder, interactions, interval, bootstrapReplicates,
                seed, threads);
    }

    /** The fixed model with these interactions. */
    public EstimationOptions withFixedModel(List<String> newInteractions) {
        return new EstimationOptions(ModelChoice.FIXED, pThreshold, maxOrder, newInteractions, interval,
                bootstrapReplicates, seed, threads);
    }

    public EstimationOptions withInterval(IntervalKind newInterval) {
        return new EstimationOptions(method, pThreshold, maxOrder, interactions, newInterval, bootstrapReplicates,
                seed, threads);
    }

    /** BCa with this many replicates and seed. */
    public EstimationOptions withBootstrap(int replicates, long newSeed) {
        return new EstimationOptions(method, pThreshold, maxOrder, interactions, IntervalKind.BCA, replicates,
                newSeed, threads);
    }

    public EstimationOptions withThreads(int newThreads) {
        return new EstimationOptions(method, pThreshold, maxOrder, interactions, interval, bootstrapReplicates,
                seed, newThreads);
    }
}
