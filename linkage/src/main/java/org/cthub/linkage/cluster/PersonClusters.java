package org.cthub.linkage.cluster;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Groups accepted pairs into persons: connected components by union-find, with pairs taken strongest first
 * and two safeguards against chaining (one weak link joining two different people's clusters, then a third):
 * a merge that would make a cluster larger than {@code maxClusterSize}, or, with {@code onePerSource}, put two
 * records of the same source in one cluster, is refused. This is greedy "best-first" clustering with
 * constraints, the one-to-one case of which is the greedy assignment of Christen 2012, <i>Data Matching</i>,
 * section 6.10.
 */
public final class PersonClusters {

    private PersonClusters() {
    }

    /**
     * @param source          the source index of each record (below 64 when {@code onePerSource})
     * @param first           first record of each pair
     * @param second          second record of each pair
     * @param probability     match probability of each pair
     * @param threshold       pairs below it are not used
     * @param maxClusterSize  the largest cluster allowed, at least 2
     * @param onePerSource    whether a cluster may hold at most one record from each source
     * @return the cluster number of each record, 0 upwards in order of first record
     * @throws IllegalArgumentException on inconsistent lengths or arguments
     */
    public static int[] assign(int[] source, int[] first, int[] second, double[] probability, double threshold,
            int maxClusterSize, boolean onePerSource) {
        int n = source.length;
        if (first.length != second.length || first.length != probability.length || maxClusterSize < 2) {
            throw new IllegalArgumentException("pair arrays must agree in length and maxClusterSize be >= 2");
        }
        if (onePerSource && Arrays.stream(source).anyMatch(s -> s < 0 || s >= 64)) {
            throw new IllegalArgumentException("onePerSource supports sources 0 to 63");
        }
        int[] parent = IntStream.range(0, n).toArray();
        int[] size = new int[n];
        Arrays.fill(size, 1);
        long[] sources = new long[n];
        for (int r = 0; r < n; r++) {
            sources[r] = onePerSource ? 1L << source[r] : 0;
        }
        Integer[] order = IntStream.range(0, first.length).filter(k -> probability[k] >= threshold).boxed()
                .sorted(Comparator.comparingDouble(k -> -probability[k])).toArray(Integer[]::new);
        for (int k : order) {
            int a = root(parent, first[k]);
            int b = root(parent, second[k]);
            if (a == b || size[a] + size[b] > maxClusterSize || (sources[a] & sources[b]) != 0) {
                continue;
            }
            if (size[a] < size[b]) {
                int t = a;
                a = b;
                b = t;
            }
            parent[b] = a;
            size[a] += size[b];
            sources[a] |= sources[b];
        }
        int[] label = new int[n];
        int[] labelOfRoot = new int[n];
        Arrays.fill(labelOfRoot, -1);
        int next = 0;
        for (int r = 0; r < n; r++) {
            int root = root(parent, r);
            if (labelOfRoot[root] < 0) {
                labelOfRoot[root] = next++;
            }
            label[r] = labelOfRoot[root];
        }
        return label;
    }

    private static int root(int[] parent, int r) {
        while (parent[r] != r) {
            parent[r] = parent[parent[r]];
            r = parent[r];
        }
        return r;
    }
}
