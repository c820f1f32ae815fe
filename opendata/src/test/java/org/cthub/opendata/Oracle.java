package org.cthub.opendata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The brute-force answer to a query: a plain loop over the rows as strings, with the semantics written out again
 * from the documentation rather than from the engine. Counts and key sums per group (zero groups left out).
 */
final class Oracle {

    record Sum(long count, int key) {
        Sum plus(int recordKey) {
            return new Sum(count + 1, key + recordKey);
        }
    }

    private final ReleaseSchema schema;
    private final List<String> header;
    private final List<String[]> rows;
    private final ReleaseData data;

    Oracle(ReleaseSchema schema, List<String> header, List<String[]> rows, ReleaseData data) {
        this.schema = schema;
        this.header = header;
        this.rows = rows;
        this.data = data;
    }

    Map<List<String>, Sum> cells(Query query) {
        Map<List<String>, Sum> cells = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            if (!passes(row, query)) {
                continue;
            }
            List<List<String>> groups = new ArrayList<>();
            groups.add(List.of());
            for (String variable : query.groupBy()) {
                List<List<String>> next = new ArrayList<>();
                for (List<String> prefix : groups) {
                    for (String value : valuesOf(row, variable)) {
                        List<String> extended = new ArrayList<>(prefix);
                        extended.add(value);
                        next.add(extended);
                    }
                }
                groups = next;
            }
            for (List<String> group : groups) {
                cells.merge(group, new Sum(1, data.recordKey(r)), (a, b) -> a.plus(b.key()));
            }
        }
        return cells;
    }

    Sum recorded(Query query, String variable) {
        Sum sum = new Sum(0, 0);
        for (int r = 0; r < rows.size(); r++) {
            if (passes(rows.get(r), query) && !valuesOf(rows.get(r), variable).contains(Query.NOT_RECORDED)) {
                sum = sum.plus(data.recordKey(r));
            }
        }
        return sum;
    }

    private boolean passes(String[] row, Query query) {
        for (Filter filter : query.filters()) {
            List<String> values = valuesOf(row, filter.variable());
            boolean pass = switch (filter) {
                case Filter.Values v -> values.stream().anyMatch(v.values()::contains);
                case Filter.YearRange y -> {
                    int[] span = values.contains(Query.NOT_RECORDED) ? null : Years.span(values.get(0));
                    yield span != null && (y.from() == null || span[0] >= y.from())
                            && (y.to() == null || span[1] <= y.to());
                }
            };
            if (!pass) {
                return false;
            }
        }
        return true;
    }

    /** The record's values of a variable; [NOT_RECORDED] when it has none. */
    List<String> valuesOf(String[] row, String variable) {
        ReleaseSchema.Spec spec = schema.variables().stream().filter(s -> s.name().equals(variable)).findFirst()
                .orElseThrow();
        List<String> values = new ArrayList<>();
        switch (spec) {
            case ReleaseSchema.CategoryColumn c -> {
                String cell = cell(row, c.column());
                if (cell != null) {
                    values.add(cell);
                }
            }
            case ReleaseSchema.RegionOf r -> {
                String cell = cell(row, r.column());
                String region = cell == null ? null : CountryTable.REGIONS.get(cell.toLowerCase(java.util.Locale.ROOT));
                if (region != null) {
                    values.add(region);
                }
            }
            case ReleaseSchema.FlagColumns f -> {
                for (String column : f.columns()) {
                    if ("1".equals(cell(row, column))) {
                        values.add(column);
                    }
                }
            }
            case ReleaseSchema.JoinedValues j -> {
                String cell = cell(row, j.column());
                if (cell != null) {
                    for (String part : cell.split(j.separator())) {
                        String value = part.strip();
                        if (!value.isEmpty() && !values.contains(value)) {
                            values.add(value);
                        }
                    }
                }
            }
        }
        return values.isEmpty() ? List.of(Query.NOT_RECORDED) : values;
    }

    private String cell(String[] row, String column) {
        String cell = row[header.indexOf(column)].strip();
        return schema.missing().contains(cell) ? null : cell;
    }
}
