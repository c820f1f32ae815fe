package org.cthub.estimation;

import java.util.ArrayList;
import java.util.List;

/**
 * Lists that carry no information about the dark figure are left out before a model is chosen, as SparseMSE's
 * {@code removenoninformativelists}: a list on which no one appears, a list on which everyone observed appears,
 * and a list with exactly the same people as an earlier one. Applied to the data as given, not to bootstrap
 * replicates (SparseMSE's {@code estimatepopulation} does not clean them either).
 */
final class NonInformativeLists {

    /**
     * @param table   the table without the left-out lists
     * @param removed one plain-language note per list left out
     */
    record Cleaned(CaptureTable table, List<String> removed) {
    }

    private NonInformativeLists() {
    }

    /**
     * @throws UnableToEstimateException if fewer than two informative lists remain
     */
    static Cleaned remove(CaptureTable table) {
        int t = table.listCount();
        long[] counts = table.countsByHistory();
        long[] members = new long[t];
        List<Integer> keep = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (int i = 0; i < t; i++) {
            String name = table.lists().get(i);
            long onList = ModelFrame.statistic(counts, 1 << i);
            int duplicate = duplicateOf(counts, i, keep);
            if (onList == 0) {
                removed.add("list " + name + " records no one and was left out");
            } else if (onList == table.observed()) {
                removed.add("list " + name + " records everyone observed and was left out: it cannot show who is missed");
            } else if (duplicate >= 0) {
                removed.add("list " + name + " records exactly the same people as list " + table.lists().get(duplicate)
                        + " and was left out");
            } else {
                keep.add(i);
            }
            members[i] = onList;
        }
        if (removed.isEmpty()) {
            return new Cleaned(table, List.of());
        }
        if (keep.size() < 2) {
            throw new UnableToEstimateException("Unable to estimate: fewer than two lists carry information ("
                    + String.join("; ", removed) + ")");
        }
        return new Cleaned(project(table, keep), removed);
    }

    /** The earlier kept list whose membership equals list i's, or −1. */
    private static int duplicateOf(long[] counts, int i, List<Integer> keep) {
        for (int j : keep) {
            boolean same = true;
            for (int history = 1; history < counts.length && same; history++) {
                boolean onI = (history & (1 << i)) != 0;
                boolean onJ = (history & (1 << j)) != 0;
                same = onI == onJ || counts[history] == 0;
            }
            if (same) {
                return j;
            }
        }
        return -1;
    }

    private static CaptureTable project(CaptureTable table, List<Integer> keep) {
        long[] counts = table.countsByHistory();
        long[] projected = new long[1 << keep.size()];
        for (int history = 1; history < counts.length; history++) {
            int mapped = 0;
            for (int k = 0; k < keep.size(); k++) {
                if ((history & (1 << keep.get(k))) != 0) {
                    mapped |= 1 << k;
                }
            }
            projected[mapped] += counts[history];
        }
        List<String> names = keep.stream().map(table.lists()::get).toList();
        return CaptureTable.of(names, projected);
    }
}
