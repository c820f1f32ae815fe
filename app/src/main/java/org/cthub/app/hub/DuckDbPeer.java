package org.cthub.app.hub;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.cthub.opendata.CategoryData;
import org.cthub.opendata.FlagData;
import org.cthub.opendata.Filter;
import org.cthub.opendata.Query;
import org.cthub.opendata.ReleaseData;
import org.cthub.opendata.Variable;
import org.cthub.opendata.VariableKind;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;

/**
 * DuckDB (in memory, every core) holding the same release as one table: a VARCHAR per category (NULL when not
 * recorded), the first and last year of a year's value as INTEGERs, a BOOLEAN per flag. Loaded with the
 * Appender. Each query becomes one SQL statement computing the same cells; totals and "recorded" counts, which
 * CT Hub's engine computes besides, are not asked of DuckDB, in its favour.
 */
public final class DuckDbPeer implements BenchPeer {

    private Connection connection;
    private List<Variable> variables;

    public DuckDbPeer() {
    }

    @Override
    public String load(ReleaseData data) throws Exception {
        connection = new DuckDBDriver().connect("jdbc:duckdb:", new Properties());
        variables = data.variables();
        List<String> columns = new ArrayList<>();
        for (int v = 0; v < variables.size(); v++) {
            Variable variable = variables.get(v);
            switch (variable.kind()) {
                case CATEGORY -> columns.add(column(v) + " VARCHAR");
                case YEAR -> {
                    columns.add(column(v) + " VARCHAR");
                    columns.add(column(v) + "_from INTEGER");
                    columns.add(column(v) + "_to INTEGER");
                }
                case FLAGS -> {
                    for (int f = 0; f < variable.values().size(); f++) {
                        columns.add(flag(v, f) + " BOOLEAN NOT NULL");
                    }
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE release_data (" + String.join(", ", columns) + ")");
        }
        Object[] columnData = variables.stream().map(variable -> variable.kind() == VariableKind.FLAGS
                ? data.flags(variable.name()) : data.category(variable.name())).toArray();
        Map<String, int[]> spans = new java.util.HashMap<>();
        try (DuckDBAppender appender = connection.unwrap(DuckDBConnection.class).createAppender("main", "release_data")) {
            for (int row = 0; row < data.rows(); row++) {
                appender.beginRow();
                for (int v = 0; v < columnData.length; v++) {
                    if (columnData[v] instanceof CategoryData category) {
                        String value = category.at(row);
                        if (value == null) {
                            appender.appendNull();
                        } else {
                            appender.append(value);
                        }
                        if (variables.get(v).kind() == VariableKind.YEAR) {
                            int[] span = value == null ? null : spans.computeIfAbsent(value, DuckDbPeer::yearSpan);
                            if (span == null || span.length == 0) {
                                appender.appendNull();
                                appender.appendNull();
                            } else {
                                appender.append(span[0]);
                                appender.append(span[1]);
                            }
                        }
                    } else {
                        FlagData flags = (FlagData) columnData[v];
                        for (int f = 0; f < flags.values().size(); f++) {
                            appender.append(flags.has(f, row));
                        }
                    }
                }
                appender.endRow();
            }
        }
        String version;
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT version(), current_setting('threads')")) {
            result.next();
            version = "DuckDB " + result.getString(1) + ", in memory, " + result.getString(2) + " threads";
        }
        return version;
    }

    @Override
    public Map<List<String>, Long> counts(Query query) throws SQLException {
        Map<List<String>, Long> counts = new LinkedHashMap<>();
        List<List<String>> slotLabels = query.groupBy().stream().map(this::slots).toList();
        boolean[] flagged = new boolean[query.groupBy().size()];
        for (int g = 0; g < flagged.length; g++) {
            flagged[g] = variable(query.groupBy().get(g)).kind() == VariableKind.FLAGS;
        }
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql(query))) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                if (query.groupBy().isEmpty()) {
                    counts.put(List.of(), result.getLong(1));
                    continue;
                }
                // category values come first as columns; flag slots are the count columns, in slot order
                List<String> categories = new ArrayList<>();
                int column = 1;
                for (int g = 0; g < flagged.length; g++) {
                    if (!flagged[g]) {
                        String value = result.getString(column++);
                        categories.add(value == null ? Query.NOT_RECORDED : value);
                    }
                }
                List<List<String>> keys = keys(slotLabels, flagged, categories);
                for (int k = 0; k < keys.size(); k++) {
                    long count = result.getLong(column + k);
                    if (count > 0) {
                        counts.put(keys.get(k), count);
                    }
                }
                if (column + keys.size() - 1 != meta.getColumnCount()) {
                    throw new IllegalStateException("Unexpected columns in DuckDB's answer");
                }
            }
        }
        return counts;
    }

    @Override
    public String sql(Query query) {
        String where = query.filters().isEmpty() ? "" : " WHERE " + query.filters().stream().map(this::condition)
                .collect(Collectors.joining(" AND "));
        List<String> groups = new ArrayList<>();
        List<List<String>> conditions = new ArrayList<>();
        for (String name : query.groupBy()) {
            int v = index(name);
            if (variables.get(v).kind() == VariableKind.FLAGS) {
                List<String> slots = new ArrayList<>();
                slots.add("NOT (" + anyFlag(v) + ")");
                for (int f = 0; f < variables.get(v).values().size(); f++) {
                    slots.add(flag(v, f));
                }
                conditions.add(slots);
            } else {
                groups.add(column(v));
            }
        }
        List<String> aggregates = new ArrayList<>();
        if (conditions.isEmpty()) {
            aggregates.add("count(*)");
        } else if (conditions.size() == 1) {
            conditions.get(0).forEach(c -> aggregates.add("count(*) FILTER (WHERE " + c + ")"));
        } else {
            for (String a : conditions.get(0)) {
                for (String b : conditions.get(1)) {
                    aggregates.add("count(*) FILTER (WHERE " + a + " AND " + b + ")");
                }
            }
        }
        List<String> select = new ArrayList<>(groups);
        select.addAll(aggregates);
        return "SELECT " + String.join(", ", select) + " FROM release_data" + where
                + (groups.isEmpty() ? "" : " GROUP BY " + String.join(", ", groups));
    }

    @Override
    public void close() throws SQLException {
        if (connection != null) {
            connection.close();
        }
    }

    private String condition(Filter filter) {
        int v = index(filter.variable());
        return switch (filter) {
            case Filter.YearRange range -> "(" + column(v) + "_from IS NOT NULL"
                    + (range.from() == null ? "" : " AND " + column(v) + "_from >= " + range.from())
                    + (range.to() == null ? "" : " AND " + column(v) + "_to <= " + range.to()) + ")";
            case Filter.Values values when variables.get(v).kind() == VariableKind.FLAGS -> "(" + values.values()
                    .stream().map(value -> value.equals(Query.NOT_RECORDED) ? "NOT (" + anyFlag(v) + ")"
                            : flag(v, variables.get(v).values().indexOf(value))).collect(Collectors.joining(" OR ")) + ")";
            case Filter.Values values -> {
                List<String> literals = values.values().stream().filter(value -> !value.equals(Query.NOT_RECORDED))
                        .map(value -> "'" + value.replace("'", "''") + "'").toList();
                String in = literals.isEmpty() ? "FALSE" : column(v) + " IN (" + String.join(", ", literals) + ")";
                yield values.values().contains(Query.NOT_RECORDED) ? "(" + in + " OR " + column(v) + " IS NULL)" : in;
            }
        };
    }

    private static List<List<String>> keys(List<List<String>> slotLabels, boolean[] flagged, List<String> categories) {
        List<List<String>> keys = new ArrayList<>();
        keys.add(List.of());
        int category = 0;
        for (int g = 0; g < flagged.length; g++) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : keys) {
                List<String> values = flagged[g] ? slotLabels.get(g) : List.of(categories.get(category));
                for (String value : values) {
                    List<String> key = new ArrayList<>(prefix);
                    key.add(value);
                    next.add(key);
                }
            }
            if (!flagged[g]) {
                category++;
            }
            keys = next;
        }
        return keys;
    }

    private List<String> slots(String name) {
        List<String> slots = new ArrayList<>(List.of(Query.NOT_RECORDED));
        slots.addAll(variable(name).values());
        return slots;
    }

    private String anyFlag(int v) {
        List<String> flags = new ArrayList<>();
        for (int f = 0; f < variables.get(v).values().size(); f++) {
            flags.add(flag(v, f));
        }
        return String.join(" OR ", flags);
    }

    private Variable variable(String name) {
        return variables.get(index(name));
    }

    private int index(String name) {
        for (int v = 0; v < variables.size(); v++) {
            if (variables.get(v).name().equals(name)) {
                return v;
            }
        }
        throw new IllegalArgumentException("No variable " + name);
    }

    private static String column(int v) {
        return "v" + v;
    }

    private static String flag(int v, int f) {
        return "v" + v + "_" + f;
    }

    private static int[] yearSpan(String value) {
        var matcher = java.util.regex.Pattern.compile("(\\d{4})(?:\\s*-{1,2}\\s*(\\d{4}))?").matcher(value.strip());
        if (!matcher.matches()) {
            return new int[0];
        }
        int from = Integer.parseInt(matcher.group(1));
        return new int[] {from, matcher.group(2) == null ? from : Integer.parseInt(matcher.group(2))};
    }
}
