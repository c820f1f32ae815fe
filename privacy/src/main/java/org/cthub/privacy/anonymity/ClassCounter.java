package org.cthub.privacy.anonymity;

/**
 * Groups the encoded table at one lattice node and checks the criteria: the "groupify" step of ARX (Prasser et
 * al. 2014, "ARX – a comprehensive tool for anonymizing biomedical data"). Without l-diversity a node is rolled
 * up from the classes of a node below it ({@link Snapshot}), so the cost is the number of classes there, not the
 * number of rows; with l-diversity it is grouped from the distinct (quasi-identifiers, sensitive value) entries.
 * Not thread-safe: each worker owns one.
 */
final class ClassCounter {

    /** A node's statistics and its classes, for later roll-ups (null with l-diversity). */
    record Evaluation(NodeStats stats, Snapshot snapshot) {
    }

    private final EncodedTable table;
    private final int k;
    private final long maxSuppressed;
    private final LDiversity diversity;
    /** Hash tables by capacity, so that a small grouping touches a small table. */
    private final LongCounts[] tables = new LongCounts[32];
    private LongCounts classes;
    private final LongCounts pairs;
    private final int[] entryClass;

    ClassCounter(EncodedTable table, Criteria criteria) {
        this.table = table;
        this.k = criteria.k();
        this.maxSuppressed = criteria.maxSuppressed(table.rows);
        this.diversity = criteria.lDiversity().orElse(null);
        this.pairs = diversity == null ? null : new LongCounts(table.entries);
        this.entryClass = diversity == null ? null : new int[table.entries];
    }

    /**
     * Evaluates a node.
     *
     * @param levels the node
     * @param source classes of a node below it to roll up from; ignored with l-diversity
     */
    Evaluation evaluate(int[] levels, Snapshot source) {
        Snapshot snapshot = null;
        if (diversity == null) {
            rollUp(levels, source);
            long[] keys = new long[classes.size()];
            long[] counts = new long[classes.size()];
            for (int c = 0; c < keys.length; c++) {
                keys[c] = classes.keyAt(c);
                counts[c] = classes.countAt(c);
            }
            snapshot = new Snapshot(levels.clone(), keys, counts);
        } else {
            groupEntries(levels);
        }
        return new Evaluation(stats(levels, failingClasses(), false), snapshot);
    }

    /** Evaluates a node from the rows, with the Loss numerators even when the node is not acceptable. */
    NodeStats evaluateFully(int[] levels) {
        groupEntries(levels);
        return stats(levels, failingClasses(), true);
    }

    /** For each entry of the encoded table, whether its class fails the criteria at this node. */
    boolean[] suppressedEntries(int[] levels) {
        groupEntries(levels);
        boolean[] failing = failingClasses();
        boolean[] suppressed = new boolean[table.entries];
        int d = table.dimensions;
        for (int entry = 0; entry < table.entries; entry++) {
            long key = 0;
            for (int j = 0; j < d; j++) {
                key |= table.packed[j][levels[j]][table.tuples[entry * d + j]];
            }
            suppressed[entry] = failing[classes.add(key, 0)];
        }
        return suppressed;
    }

    private NodeStats stats(int[] levels, boolean[] failing, boolean always) {
        long suppressed = 0;
        int released = 0;
        long smallest = Long.MAX_VALUE;
        for (int c = 0; c < failing.length; c++) {
            long size = classes.countAt(c);
            if (failing[c]) {
                suppressed += size;
            } else {
                released++;
                smallest = Math.min(smallest, size);
            }
        }
        boolean acceptable = suppressed <= maxSuppressed;
        int d = table.dimensions;
        long[] sums = new long[d];
        // Loss is needed only for acceptable nodes: skip the per-attribute pass for the others.
        for (int c = 0; (acceptable || always) && suppressed > 0 && c < failing.length; c++) {
            if (failing[c]) {
                long size = classes.countAt(c);
                long key = classes.keyAt(c);
                for (int j = 0; j < d; j++) {
                    int covered = table.leafCounts[j][levels[j]][table.code(key, j)];
                    sums[j] += size * (table.domainSizes[j] - covered);
                }
            }
        }
        for (int j = 0; j < d; j++) {
            sums[j] += table.leafCountSums[j][levels[j]];
        }
        return new NodeStats(acceptable, suppressed, released, released == 0 ? 0 : smallest, sums);
    }

    private void rollUp(int[] levels, Snapshot source) {
        use(source.size());
        int d = table.dimensions;
        long[][] maps = new long[d][];
        for (int j = 0; j < d; j++) {
            maps[j] = table.rollUp[j][source.levels()[j]][levels[j]];
        }
        int[] shifts = table.shifts;
        long[] masks = table.masks;
        long[] keys = source.keys();
        long[] counts = source.counts();
        for (int c = 0; c < keys.length; c++) {
            long from = keys[c];
            long key = 0;
            for (int j = 0; j < d; j++) {
                key |= maps[j][(int) ((from >>> shifts[j]) & masks[j])];
            }
            classes.add(key, counts[c]);
        }
    }

    private void groupEntries(int[] levels) {
        int d = table.dimensions;
        long[][] maps = new long[d][];
        for (int j = 0; j < d; j++) {
            maps[j] = table.packed[j][levels[j]];
        }
        int[] tuples = table.tuples;
        long[] weights = table.weights;
        use(table.entries);
        for (int entry = 0, offset = 0; entry < table.entries; entry++, offset += d) {
            long key = 0;
            for (int j = 0; j < d; j++) {
                key |= maps[j][tuples[offset + j]];
            }
            int ordinal = classes.add(key, weights[entry]);
            if (entryClass != null) {
                entryClass[entry] = ordinal;
            }
        }
    }

    private void use(int expected) {
        int bits = Integer.numberOfTrailingZeros(LongCounts.capacityFor(expected));
        if (tables[bits] == null) {
            tables[bits] = new LongCounts(expected);
        }
        classes = tables[bits];
        classes.clear();
    }

    private boolean[] failingClasses() {
        int count = classes.size();
        boolean[] failing = new boolean[count];
        for (int c = 0; c < count; c++) {
            failing[c] = classes.countAt(c) < k;
        }
        if (diversity != null) {
            markNotDiverse(failing);
        }
        return failing;
    }

    private void markNotDiverse(boolean[] failing) {
        pairs.clear();
        for (int entry = 0; entry < table.entries; entry++) {
            pairs.add(((long) entryClass[entry] << 31) | table.sensitive[entry], table.weights[entry]);
        }
        int count = classes.size();
        int[] distinct = new int[count];
        double[] countLogCount = new double[count];
        for (int p = 0; p < pairs.size(); p++) {
            int c = (int) (pairs.keyAt(p) >>> 31);
            long n = pairs.countAt(p);
            distinct[c]++;
            countLogCount[c] += n * Math.log(n);
        }
        for (int c = 0; c < count; c++) {
            if (diversity.variant() == LDiversity.Variant.DISTINCT) {
                failing[c] |= distinct[c] < diversity.l();
            } else {
                double size = classes.countAt(c);
                double entropy = Math.log(size) - countLogCount[c] / size;
                failing[c] |= entropy < Math.log(diversity.l()) - 1e-12;
            }
        }
    }
}
