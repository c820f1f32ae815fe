package org.cthub.privacy.anonymity;

/**
 * The equivalence classes of one node (packed keys at that node's levels, and sizes): a node above it is
 * grouped from these classes instead of from the rows ("roll-up", Kohlmayer et al. 2012, section 4).
 *
 * @param levels the node
 * @param keys packed class keys
 * @param counts class sizes
 */
record Snapshot(int[] levels, long[] keys, long[] counts) {

    int size() {
        return keys.length;
    }

    /** Whether a node generalises this one (every level at least as high), so it can be rolled up from it. */
    boolean below(int[] node) {
        for (int j = 0; j < levels.length; j++) {
            if (levels[j] > node[j]) {
                return false;
            }
        }
        return true;
    }
}
