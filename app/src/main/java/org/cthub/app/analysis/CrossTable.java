package org.cthub.app.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.cthub.store.analysis.CaseCounts;

/**
 * A cross-tabulation ready for the page: rows by total, columns in order, and every count under
 * {@link #MINIMUM} hidden, so that a small group (one nationality in one organisation) does not point at a
 * person. Hiding the small cells alone is not enough: a row's total minus its visible cells gives back a row's
 * one hidden cell. So where a row hides exactly one cell, its next smallest cell is hidden too (secondary
 * suppression). And where anything is hidden, the grand total is shown only rounded to the nearest ten:
 * exact, it would give back a small row by subtraction from the others. What can then be worked out is only
 * the sum of two or more hidden counts, or a range.
 */
public record CrossTable(List<String> columns, List<Row> rows, long total, long largestRowTotal) {

    /** Whether the grand total is shown only rounded, because some count is hidden. */
    public boolean hiddenTotal() {
        return rows.stream().anyMatch(row -> row.hiddenTotal() || row.hidden().contains(true));
    }

    /** The grand total rounded to the nearest ten, what is shown when {@link #hiddenTotal()}. */
    public long roundedTotal() {
        return Math.round(total / 10.0) * 10;
    }

    static final int MINIMUM = 5;

    /** A row: its counts, which of them are hidden, its total and whether that is hidden. */
    public record Row(String label, List<Long> counts, List<Boolean> hidden, long total, boolean hiddenTotal) {

        /** Whether the count of a column is hidden. */
        public boolean hidden(int column) {
            return hidden.get(column);
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
        byRow.forEach((label, counts) -> rows.add(row(label, columns.stream()
                .map(column -> counts.getOrDefault(column, 0L)).toList())));
        rows.sort(Comparator.comparingLong(Row::total).reversed());
        long largest = rows.stream().mapToLong(Row::total).max().orElse(0);
        return new CrossTable(List.copyOf(columns), List.copyOf(rows), total, largest);
    }

    private static Row row(String label, List<Long> counts) {
        boolean[] hidden = new boolean[counts.size()];
        for (int i = 0; i < counts.size(); i++) {
            hidden[i] = small(counts.get(i));
        }
        if (IntStream.range(0, hidden.length).filter(i -> hidden[i]).count() == 1) {
            IntStream.range(0, hidden.length).filter(i -> !hidden[i] && counts.get(i) > 0)
                    .boxed().min(Comparator.comparingLong(counts::get)).ifPresent(i -> hidden[i] = true);
        }
        long total = counts.stream().mapToLong(Long::longValue).sum();
        List<Boolean> flags = IntStream.range(0, hidden.length).mapToObj(i -> hidden[i]).toList();
        return new Row(label, counts, flags, total, small(total));
    }

    private static boolean small(long count) {
        return count > 0 && count < MINIMUM;
    }

    private static String label(String value) {
        return value == null ? "—" : value;
    }
}
