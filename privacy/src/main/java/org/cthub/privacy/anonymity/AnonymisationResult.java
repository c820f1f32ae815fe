package org.cthub.privacy.anonymity;

import java.util.List;
import java.util.Map;
import org.cthub.privacy.Table;

/**
 * The optimal transformation and the released table.
 *
 * @param quasiIdentifiers the quasi-identifiers, in the table's column order
 * @param levels the generalisation level of each quasi-identifier (the transformation)
 * @param loss ARX's Loss of the transformation, suppressed records included, in [0, 1]
 * @param lossPerQuasiIdentifier the per-attribute losses {@code L_j} whose geometric mean gives {@code loss}
 * @param classes number of released equivalence classes (suppressed records excluded)
 * @param smallestClass size of the smallest released class
 * @param suppressed number of suppressed records (all their quasi-identifiers are {@code *})
 * @param checkedTransformations how many lattice nodes the search grouped
 * @param output the released table: quasi-identifiers generalised, other columns unchanged, same row order
 */
public record AnonymisationResult(List<String> quasiIdentifiers, List<Integer> levels, double loss,
                                  List<Double> lossPerQuasiIdentifier, int classes, long smallestClass,
                                  long suppressed, int checkedTransformations, Table output) {

    public AnonymisationResult {
        quasiIdentifiers = List.copyOf(quasiIdentifiers);
        levels = List.copyOf(levels);
        lossPerQuasiIdentifier = List.copyOf(lossPerQuasiIdentifier);
    }

    /** The transformation as attribute → level, in quasi-identifier order. */
    public Map<String, Integer> transformation() {
        java.util.LinkedHashMap<String, Integer> map = new java.util.LinkedHashMap<>();
        for (int j = 0; j < quasiIdentifiers.size(); j++) {
            map.put(quasiIdentifiers.get(j), levels.get(j));
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
