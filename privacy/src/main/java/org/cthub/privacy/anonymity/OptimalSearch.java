package org.cthub.privacy.anonymity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The globally optimal full-domain generalisation under {@link Criteria}, minimising {@link LossMetric}.
 *
 * <p>The search follows Flash (Kohlmayer, Prasser, Eckert, Kemper, Kuhn 2012, "Flash: efficient, stable and
 * optimal k-anonymity", PASSAT): anonymity is monotone in the lattice, so one check tags many nodes (predictive
 * tagging: a generalisation of an acceptable node is acceptable, a specialisation of an unacceptable one is
 * unacceptable), and nodes are classified by binary search along upward paths. Because Loss is not monotone
 * when records are suppressed, the optimum is found by branch and bound on a lower bound, as ARX does for
 * non-monotone metrics: nodes are visited in increasing order of the Loss they would have without suppression;
 * the search stops at the first node whose bound exceeds the best Loss found. Acceptable nodes whose records
 * all stay (no suppression) have Loss equal to the bound and need no grouping.
 *
 * <p>Ties: among nodes of equal Loss the optimum is the one with the smallest sum of levels, then the
 * lexicographically smallest level vector (first quasi-identifier first).
 */
final class OptimalSearch {

    private static final byte UNKNOWN = 0;
    private static final byte ACCEPTABLE = 1;
    private static final byte UNACCEPTABLE = 2;
    private static final byte NO_SUPPRESSION = 4;
    private static final byte EVALUATED = 8;

    private final Lattice lattice;
    private final LossMetric metric;
    private final NodeEvaluator evaluator;
    private final boolean monotone;
    private final LossKey[] bounds;
    private final byte[] state;
    private final int[] stack;
    private final int[][] levels;
    private final int[] levelSums;
    private int best = -1;
    private LossKey bestKey;
    private int checks;

    OptimalSearch(Lattice lattice, LossMetric metric, NodeEvaluator evaluator, boolean monotone) {
        this.lattice = lattice;
        this.metric = metric;
        this.evaluator = evaluator;
        this.monotone = monotone;
        this.bounds = new LossKey[lattice.size];
        this.levels = new int[lattice.size][];
        this.levelSums = new int[lattice.size];
        for (int node = 0; node < lattice.size; node++) {
            levels[node] = lattice.levels(node);
            bounds[node] = metric.lowerBound(levels[node]);
            levelSums[node] = java.util.Arrays.stream(levels[node]).sum();
        }
        this.state = new byte[lattice.size];
        this.stack = new int[lattice.size];
    }

    /** The optimal node, or -1 when no node is acceptable. */
    int run() {
        Integer[] order = new Integer[lattice.size];
        for (int node = 0; node < order.length; node++) {
            order[node] = node;
        }
        Comparator<Integer> byBound = (a, b) -> {
            int cmp = bounds[a].compareTo(bounds[b]);
            return cmp != 0 ? cmp : tieBreak(a, b);
        };
        Arrays.sort(order, byBound);
        List<Integer> batch = new ArrayList<>();
        for (int rank = 0; rank < order.length; rank++) {
            int node = order[rank];
            if (!candidate(node)) {
                break;
            }
            if (has(node, UNKNOWN) && monotone) {
                classify(node);
            }
            if ((state[node] & UNACCEPTABLE) != 0 || (state[node] & EVALUATED) != 0) {
                continue;
            }
            if ((state[node] & NO_SUPPRESSION) != 0) {
                consider(node, bounds[node]);
                continue;
            }
            batch.clear();
            batch.add(node);
            for (int ahead = rank + 1; ahead < order.length && batch.size() < evaluator.parallelism(); ahead++) {
                int next = order[ahead];
                if (!candidate(next)) {
                    break;
                }
                if (state[next] == ACCEPTABLE || (!monotone && state[next] == UNKNOWN)) {
                    batch.add(next);
                }
            }
            evaluate(batch);
        }
        return best;
    }

    int checks() {
        return checks;
    }

    /** Binary search along an upward path of unclassified candidates starting at the node (Flash's checkPath). */
    private void classify(int start) {
        List<Integer> path = new ArrayList<>();
        int node = start;
        while (node >= 0) {
            path.add(node);
            int next = -1;
            for (int j = 0; j < lattice.dimensions; j++) {
                int up = lattice.up(node, j);
                if (up >= 0 && has(up, UNKNOWN) && candidate(up) && (next < 0 || bounds[up].compareTo(bounds[next]) < 0)) {
                    next = up;
                }
            }
            node = next;
        }
        int low = 0;
        int high = path.size() - 1;
        while (low <= high) {
            if (evaluator.parallelism() > 1 && high - low >= 2) {
                // Two probes at once: the thirds of the range (a ternary search on two threads).
                int first = low + (high - low) / 3;
                int second = low + 2 * (high - low) / 3;
                probe(List.of(path.get(first), path.get(second)));
                if (acceptable(path.get(first))) {
                    high = first - 1;
                } else if (acceptable(path.get(second))) {
                    low = first + 1;
                    high = second - 1;
                } else {
                    low = second + 1;
                }
            } else {
                int mid = (low + high) >>> 1;
                probe(List.of(path.get(mid)));
                if (acceptable(path.get(mid))) {
                    high = mid - 1;
                } else {
                    low = mid + 1;
                }
            }
        }
    }

    private void probe(List<Integer> nodes) {
        List<Integer> unknown = nodes.stream().filter(node -> has(node, UNKNOWN)).toList();
        if (!unknown.isEmpty()) {
            evaluate(unknown);
        }
    }

    private boolean acceptable(int node) {
        return (state[node] & ACCEPTABLE) != 0;
    }

    private void evaluate(List<Integer> nodes) {
        NodeStats[] stats = evaluator.evaluate(nodes.stream().map(node -> levels[node]).toArray(int[][]::new));
        checks += nodes.size();
        for (int i = 0; i < stats.length; i++) {
            int node = nodes.get(i);
            state[node] |= EVALUATED;
            if (stats[i].acceptable()) {
                tagUp(node, stats[i].suppressed() == 0 ? (byte) (ACCEPTABLE | NO_SUPPRESSION) : ACCEPTABLE);
                consider(node, metric.key(stats[i].leafCountSums()));
            } else {
                if (monotone && (state[node] & ACCEPTABLE) != 0) {
                    throw new IllegalStateException("A node tagged acceptable failed its check: monotonicity broken");
                }
                state[node] |= UNACCEPTABLE;
                if (monotone) {
                    tagDown(node);
                }
            }
        }
    }

    private void consider(int node, LossKey key) {
        if (best < 0 || key.compareTo(bestKey) < 0 || (key.compareTo(bestKey) == 0 && tieBreak(node, best) < 0)) {
            best = node;
            bestKey = key;
        }
    }

    /** Whether a node could still beat the best: its bound is lower, or equal and it wins the tie. */
    private boolean candidate(int node) {
        if (best < 0) {
            return true;
        }
        int cmp = bounds[node].compareTo(bestKey);
        return cmp < 0 || (cmp == 0 && tieBreak(node, best) < 0);
    }

    private int tieBreak(int a, int b) {
        int cmp = Integer.compare(levelSums[a], levelSums[b]);
        return cmp != 0 ? cmp : java.util.Arrays.compare(levels[a], levels[b]);
    }

    private boolean has(int node, byte flag) {
        return flag == UNKNOWN ? (state[node] & (ACCEPTABLE | UNACCEPTABLE)) == 0 : (state[node] & flag) != 0;
    }

    /** Tags a node and all its generalisations; only the acceptable flag needs monotonicity. */
    private void tagUp(int start, byte flags) {
        byte inherited = monotone ? flags : (byte) (flags & NO_SUPPRESSION);
        state[start] |= flags;
        if (inherited == 0) {
            return;
        }
        int size = 0;
        stack[size++] = start;
        while (size > 0) {
            int node = stack[--size];
            for (int j = 0; j < lattice.dimensions; j++) {
                int up = lattice.up(node, j);
                if (up >= 0 && (state[up] & inherited) != inherited) {
                    state[up] |= (byte) (inherited | ((inherited & NO_SUPPRESSION) != 0 ? ACCEPTABLE : 0));
                    stack[size++] = up;
                }
            }
        }
    }

    private void tagDown(int start) {
        int size = 0;
        stack[size++] = start;
        while (size > 0) {
            int node = stack[--size];
            for (int j = 0; j < lattice.dimensions; j++) {
                int down = lattice.down(node, j);
                if (down >= 0 && (state[down] & UNACCEPTABLE) == 0) {
                    state[down] |= UNACCEPTABLE;
                    stack[size++] = down;
                }
            }
        }
    }
}
