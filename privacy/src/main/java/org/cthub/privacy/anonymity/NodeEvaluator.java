package org.cthub.privacy.anonymity;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Evaluates lattice nodes, several at once when given several threads: each thread owns a {@link ClassCounter}.
 * Close it to stop its threads.
 */
final class NodeEvaluator implements AutoCloseable {

    /** Classes kept in cached snapshots at most (16 bytes each). */
    private static final long CACHED_CLASSES = 2_000_000;

    private final ClassCounter[] counters;
    private final ExecutorService pool;
    private final Snapshot bottom;
    private final java.util.ArrayDeque<Snapshot> cache = new java.util.ArrayDeque<>();
    private long cachedClasses;

    NodeEvaluator(EncodedTable table, Criteria criteria, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        bottom = criteria.lDiversity().isPresent() ? null : table.bottom();
        counters = new ClassCounter[threads];
        for (int t = 0; t < threads; t++) {
            counters[t] = new ClassCounter(table, criteria);
        }
        pool = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, runnable -> {
            Thread thread = new Thread(runnable, "cthub-privacy-search");
            thread.setDaemon(true);
            return thread;
        });
    }

    int parallelism() {
        return counters.length;
    }

    /** Evaluates nodes, rolling each up from the smallest cached snapshot below it. */
    NodeStats[] evaluate(int[][] nodes) {
        Snapshot[] sources = new Snapshot[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            sources[i] = source(nodes[i]);
        }
        ClassCounter.Evaluation[] evaluations = new ClassCounter.Evaluation[nodes.length];
        if (pool == null || nodes.length == 1) {
            for (int i = 0; i < nodes.length; i++) {
                evaluations[i] = counters[0].evaluate(nodes[i], sources[i]);
            }
        } else {
            inParallel(nodes, sources, evaluations);
        }
        NodeStats[] stats = new NodeStats[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            stats[i] = evaluations[i].stats();
            Snapshot snapshot = evaluations[i].snapshot();
            if (snapshot != null && snapshot.size() < bottom.size()) {
                cache.addLast(snapshot);
                cachedClasses += snapshot.size();
                while (cachedClasses > CACHED_CLASSES) {
                    cachedClasses -= cache.removeFirst().size();
                }
            }
        }
        return stats;
    }

    private Snapshot source(int[] node) {
        Snapshot best = bottom;
        for (Snapshot snapshot : cache) {
            if ((best == null || snapshot.size() < best.size()) && snapshot.below(node)) {
                best = snapshot;
            }
        }
        return best;
    }

    private void inParallel(int[][] nodes, Snapshot[] sources, ClassCounter.Evaluation[] evaluations) {
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 1; t < counters.length; t++) {
            int worker = t;
            futures.add(pool.submit(() -> {
                for (int i = worker; i < nodes.length; i += counters.length) {
                    evaluations[i] = counters[worker].evaluate(nodes[i], sources[i]);
                }
            }));
        }
        for (int i = 0; i < nodes.length; i += counters.length) {
            evaluations[i] = counters[0].evaluate(nodes[i], sources[i]);
        }
        try {
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while evaluating transformations", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Unable to evaluate a transformation", e.getCause());
        }
    }

    ClassCounter counter() {
        return counters[0];
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
