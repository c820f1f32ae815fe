package org.cthub.app.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.cthub.store.analysis.CaseCounts;

/**
 * A cross-tabulation ready for the page: rows by total, columns in order, and every count under
 * {@link #MINIMUM} hidden, so that a small group (one nationality in one organisation) does not point at a
 * person. Row totals are hidden the same way; the grand total is shown, since it is large.
 */
public record CrossTable(List<String> columns, List<Row> rows, long total, long largestRowTotal) {

    static final int MINIMUM = 5;

    public record Row(String label, List<Long> counts, long total) {

        public boolean hiddenTotal() {
            return total < MINIMUM;
        }
    }

    static CrossTable of(List<CaseCounts.Cell> cells) {
        TreeSet<String> columns = new TreeSet<>();
        Map<String, Map<String, Long>> byRow = new LinkedHashMap<>();
        long total = 0;
        for (CaseCounts.Cell cell : cells) {
            String row = label(cell.row());
            String column = label(cell.column());
            columns.add(column);
            byRow.computeIfAbsent(row, key -> new LinkedHashMap<>()).merge(column, cell.count(), Long::sum);
            total += cell.count();
        }
        List<Row> rows = new ArrayList<>();
        byRow.forEach((label, counts) -> rows.add(new Row(label, columns.stream()
                .map(column -> counts.getOrDefault(column, 0L)).toList(),
                counts.values().stream().mapToLong(Long::longValue).sum())));
        rows.sort((a, b) -> Long.compare(b.total(), a.total()));
        long largest = rows.stream().mapToLong(Row::total).max().orElse(0);
        return new CrossTable(List.copyOf(columns), rows, total, largest);
    }

    /** What a cell shows: the count, or nothing for zero, or "fewer than 5". */
    static boolean hidden(long count) {
        return count > 0 && count < MINIMUM;
    }

    private static String label(String value) {
        return value == null ? "—" : value;
    }
}
