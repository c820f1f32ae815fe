package org.cthub.privacy.anonymity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.cthub.privacy.Table;
import org.cthub.privacy.hierarchy.Hierarchy;

/**
 * A table's quasi-identifiers encoded as integers, ready for fast grouping: each value becomes its row in the
 * hierarchy, each level of each hierarchy a dense code map, and the rows are collapsed into the distinct
 * combinations of values with their counts (the "snapshot" of the bottom node, from which every other node is
 * rolled up). Codes of one node pack into one {@code long}: a column takes as many bits as its domain needs.
 */
final class EncodedTable {

    final int rows;
    final int dimensions;
    final List<String> quasiIdentifiers;
    final Hierarchy[] hierarchies;
    final int[] heights;
    final int[] domainSizes;
    final int[] shifts;
    final long[] masks;
    /** [dimension][level][leaf] → code of the generalised value at that level, shifted into place. */
    final long[][][] packed;
    /** [dimension][from level][to level][code at from] → code at the higher level, shifted into place. */
    final long[][][][] rollUp;
    /** [dimension][level][code] → number of domain values the generalised value covers. */
    final int[][][] leafCounts;
    /** [dimension][level] → sum over all rows of the leaf count of the row's generalised value. */
    final long[][] leafCountSums;
    /** Distinct combinations (entries) of leaf indices, entry-major: entries × dimensions. */
    final int[] tuples;
    final long[] weights;
    final int entries;
    /** Sensitive value code per entry (entries then differ by it too), or null without l-diversity. */
    final int[] sensitive;
    /** Entry of each input row. */
    final int[] rowEntry;

    EncodedTable(Table table, List<String> quasiIdentifiers, List<Hierarchy> hierarchyList, String sensitiveColumn) {
        rows = table.size();
        dimensions = quasiIdentifiers.size();
        this.quasiIdentifiers = List.copyOf(quasiIdentifiers);
        hierarchies = hierarchyList.toArray(Hierarchy[]::new);
        heights = new int[dimensions];
        domainSizes = new int[dimensions];
        shifts = new int[dimensions];
        masks = new long[dimensions];
        packed = new long[dimensions][][];
        leafCounts = new int[dimensions][][];
        int shift = 0;
        for (int j = 0; j < dimensions; j++) {
            Hierarchy hierarchy = hierarchies[j];
            heights[j] = hierarchy.height();
            domainSizes[j] = hierarchy.domainSize();
            int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(domainSizes[j] - 1));
            shifts[j] = shift;
            masks[j] = (1L << bits) - 1;
            shift += bits;
            encodeLevels(j);
        }
        if (shift > 63) {
            throw new IllegalArgumentException("The quasi-identifiers need " + shift + " bits to pack a combination;"
                    + " at most 63 are supported: use fewer quasi-identifiers or smaller domains");
        }
        int[] columns = quasiIdentifiers.stream().mapToInt(table::column).toArray();
        int sensitiveIndex = sensitiveColumn == null ? -1 : table.column(sensitiveColumn);
        rowEntry = new int[rows];
        LongCounts byQuasiIdentifiers = new LongCounts(1024);
        LongCounts byPair = new LongCounts(1024);
        Map<String, Integer> sensitiveCodes = new HashMap<>();
        int[] leafOfRow = new int[rows * dimensions];
        for (int row = 0; row < rows; row++) {
            List<String> cells = table.rows().get(row);
            long key = 0;
            for (int j = 0; j < dimensions; j++) {
                int leaf = hierarchies[j].indexOf(cells.get(columns[j]));
                if (leaf < 0) {
                    throw new IllegalArgumentException("Row " + (row + 1) + ": the value of column '"
                            + quasiIdentifiers.get(j) + "' is not in its hierarchy");
                }
                leafOfRow[row * dimensions + j] = leaf;
                key |= (long) leaf << shifts[j];
            }
            int group = byQuasiIdentifiers.add(key, 1);
            if (sensitiveIndex < 0) {
                rowEntry[row] = group;
            } else {
                int code = sensitiveCodes.computeIfAbsent(canonical(cells.get(sensitiveIndex)),
                        value -> sensitiveCodes.size());
                rowEntry[row] = byPair.add(((long) group << 31) | code, 1);
            }
        }
        LongCounts base = sensitiveIndex < 0 ? byQuasiIdentifiers : byPair;
        entries = base.size();
        weights = new long[entries];
        tuples = new int[entries * dimensions];
        sensitive = sensitiveIndex < 0 ? null : new int[entries];
        int[] firstRow = new int[entries];
        Arrays.fill(firstRow, -1);
        for (int row = rows - 1; row >= 0; row--) {
            firstRow[rowEntry[row]] = row;
        }
        for (int entry = 0; entry < entries; entry++) {
            weights[entry] = base.countAt(entry);
            System.arraycopy(leafOfRow, firstRow[entry] * dimensions, tuples, entry * dimensions, dimensions);
            if (sensitive != null) {
                sensitive[entry] = (int) (base.keyAt(entry) & Integer.MAX_VALUE);
            }
        }
        rollUp = new long[dimensions][][][];
        for (int j = 0; j < dimensions; j++) {
            rollUp[j] = new long[heights[j] + 1][heights[j] + 1][];
            for (int from = 0; from <= heights[j]; from++) {
                for (int to = from; to <= heights[j]; to++) {
                    long[] map = new long[leafCounts[j][from].length];
                    for (int leaf = 0; leaf < domainSizes[j]; leaf++) {
                        map[(int) (packed[j][from][leaf] >>> shifts[j])] = packed[j][to][leaf];
                    }
                    rollUp[j][from][to] = map;
                }
            }
        }
        leafCountSums = new long[dimensions][];
        for (int j = 0; j < dimensions; j++) {
            leafCountSums[j] = new long[heights[j] + 1];
            for (int level = 0; level <= heights[j]; level++) {
                long sum = 0;
                for (int entry = 0; entry < entries; entry++) {
                    int code = (int) (packed[j][level][tuples[entry * dimensions + j]] >>> shifts[j]);
                    sum += weights[entry] * leafCounts[j][level][code];
                }
                leafCountSums[j][level] = sum;
            }
        }
    }

    private void encodeLevels(int j) {
        Hierarchy hierarchy = hierarchies[j];
        packed[j] = new long[heights[j] + 1][hierarchy.domainSize()];
        leafCounts[j] = new int[heights[j] + 1][];
        for (int level = 0; level <= heights[j]; level++) {
            Map<String, Integer> codes = new HashMap<>();
            int[] counts = new int[hierarchy.domainSize()];
            for (int leaf = 0; leaf < hierarchy.domainSize(); leaf++) {
                String value = hierarchy.cell(leaf, level);
                int code = codes.computeIfAbsent(value, v -> codes.size());
                counts[code]++;
                packed[j][level][leaf] = (long) code << shifts[j];
            }
            leafCounts[j][level] = Arrays.copyOf(counts, codes.size());
        }
    }

    /** The bottom node's classes: one per entry (only meaningful without a sensitive column). */
    Snapshot bottom() {
        long[] keys = new long[entries];
        for (int entry = 0; entry < entries; entry++) {
            long key = 0;
            for (int j = 0; j < dimensions; j++) {
                key |= packed[j][0][tuples[entry * dimensions + j]];
            }
            keys[entry] = key;
        }
        return new Snapshot(new int[dimensions], keys, weights.clone());
    }

    /** The code of a dimension in a packed key. */
    int code(long key, int j) {
        return (int) ((key >>> shifts[j]) & masks[j]);
    }

    /**
     * The canonical form of a multi-valued sensitive cell: its values (separated by {@code ;} or {@code |}),
     * trimmed, distinct and sorted, joined by {@code ;}. The set is one sensitive value.
     */
    static String canonical(String cell) {
        TreeSet<String> values = new TreeSet<>();
        for (String value : cell.split("[;|]")) {
            if (!value.isBlank()) {
                values.add(value.strip());
            }
        }
        return String.join(";", values);
    }
}
