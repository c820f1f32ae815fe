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
    record Cleaned(CaptureTable table, List<EstimateWarning> removed) {
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
        List<EstimateWarning> removed = new ArrayList<>();
        for (int i = 0; i < t; i++) {
            String name = table.lists().get(i);
            long onList = ModelFrame.statistic(counts, 1 << i);
            int duplicate = duplicateOf(counts, i, keep);
            if (onList == 0) {
                removed.add(EstimateWarning.of(EstimateWarning.Code.LIST_RECORDS_NO_ONE,
                        "list " + name + " records no one and was left out", name));
            } else if (onList == table.observed()) {
                removed.add(EstimateWarning.of(EstimateWarning.Code.LIST_RECORDS_EVERYONE, "list " + name
                        + " records everyone observed and was left out: it cannot show who is missed", name));
            } else if (duplicate >= 0) {
                String earlier = table.lists().get(duplicate);
                removed.add(EstimateWarning.of(EstimateWarning.Code.LIST_DUPLICATES_ANOTHER, "list " + name
                        + " records exactly the same people as list " + earlier + " and was left out", name, earlier));
            } else {
                keep.add(i);
            }
            members[i] = onList;
        }
        if (removed.isEmpty()) {
            return new Cleaned(table, List.of());
        }
        if (keep.size() < 2) {
            throw new UnableToEstimateException(UnableToEstimateException.Reason.TOO_FEW_INFORMATIVE_LISTS, "Unable to estimate: fewer than two lists carry information ("
                    + String.join("; ", removed.stream().map(EstimateWarning::text).toList()) + ")");
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
