package org.cthub.opendata;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A published release as the public reaches it: its data and the protection every answer passes through. There
 * is no way to an unprotected count from outside this package. Immutable and safe to share between threads.
 */
public final class OpenRelease {

    private final ReleaseData data;
    private final SmallCellProtection protection;

    public OpenRelease(ReleaseData data, SmallCellProtection protection) {
        this.data = Objects.requireNonNull(data, "data");
        this.protection = Objects.requireNonNull(protection, "protection");
    }

    public List<Variable> variables() {
        return data.variables();
    }

    public SmallCellProtection protection() {
        return protection;
    }

    /** @throws QueryException when a variable or value is not in this release, or a year range is on another variable */
    public Answer answer(Query query) {
        Tabulation table = Tabulator.tabulate(data, query);
        List<Answer.Cell> cells = new ArrayList<>();
        List<List<String>> labels = new ArrayList<>();
        for (String variable : query.groupBy()) {
            labels.add(slotLabels(data.column(variable)));
        }
        if (labels.size() == 1) {
            for (int s = 0; s < table.slots()[0]; s++) {
                cells.add(new Answer.Cell(List.of(labels.get(0).get(s)),
                        protection.protect(table.counts()[s], table.keys()[s])));
            }
        } else if (labels.size() == 2) {
            for (int a = 0; a < table.slots()[0]; a++) {
                for (int b = 0; b < table.slots()[1]; b++) {
                    int cell = table.cell(a, b);
                    if (table.counts()[cell] < protection.threshold()) {
                        continue; // not listed: fewer than k, as every unlisted combination is
                    }
                    ProtectedCount count = protection.protect(table.counts()[cell], table.keys()[cell]);
                    if (count instanceof ProtectedCount.Shown) {
                        cells.add(new Answer.Cell(List.of(labels.get(0).get(a), labels.get(1).get(b)), count));
                    }
                }
            }
        }
        List<Answer.Recorded> recorded = new ArrayList<>();
        for (int v = 0; v < query.groupBy().size(); v++) {
            recorded.add(new Answer.Recorded(query.groupBy().get(v),
                    protection.protect(table.recorded()[v], table.recordedKeys()[v])));
        }
        return new Answer(query.groupBy(), cells, protection.protect(table.total(), table.totalKey()), recorded,
                protection.threshold(), protection.epsilon());
    }

    ReleaseData data() {
        return data;
    }

    private static List<String> slotLabels(Object column) {
        List<String> labels = new ArrayList<>();
        labels.add(Query.NOT_RECORDED);
        labels.addAll(column instanceof CategoryData c ? c.values() : ((FlagData) column).values());
        return labels;
    }
}
