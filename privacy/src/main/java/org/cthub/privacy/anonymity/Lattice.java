package org.cthub.privacy.anonymity;

/**
 * The lattice of full-domain generalisations (Samarati 2001; LeFevre et al. 2005, "Incognito"): one node per
 * vector of levels, one level per quasi-identifier, ordered component-wise. Nodes are numbered in mixed radix
 * (the first dimension varies fastest), so a node's successors and predecessors are one stride away.
 */
final class Lattice {

    final int dimensions;
    final int[] heights;
    final int[] strides;
    final int size;

    Lattice(int[] heights) {
        this.dimensions = heights.length;
        this.heights = heights.clone();
        this.strides = new int[dimensions];
        long size = 1;
        for (int j = 0; j < dimensions; j++) {
            strides[j] = (int) size;
            size *= heights[j] + 1;
            if (size > 50_000_000) {
                throw new IllegalArgumentException("The generalisation lattice has more than 50 million nodes");
            }
        }
        this.size = (int) size;
    }

    int level(int node, int dimension) {
        return (node / strides[dimension]) % (heights[dimension] + 1);
    }

    int[] levels(int node) {
        int[] levels = new int[dimensions];
        for (int j = 0; j < dimensions; j++) {
            levels[j] = level(node, j);
        }
        return levels;
    }

    int node(int[] levels) {
        int node = 0;
        for (int j = 0; j < dimensions; j++) {
            node += levels[j] * strides[j];
        }
        return node;
    }

    int levelSum(int node) {
        int sum = 0;
        for (int j = 0; j < dimensions; j++) {
            sum += level(node, j);
        }
        return sum;
    }

    /** The successor one level higher in a dimension, or -1 at the top of that dimension. */
    int up(int node, int dimension) {
        return level(node, dimension) < heights[dimension] ? node + strides[dimension] : -1;
    }

    /** The predecessor one level lower in a dimension, or -1 at level 0. */
    int down(int node, int dimension) {
        return level(node, dimension) > 0 ? node - strides[dimension] : -1;
    }

    int top() {
        return size - 1;
    }
}
