package org.cthub.ingest.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.cthub.ingest.table.SourceRow;
import org.cthub.ingest.table.TableHeader;
import org.cthub.standard.validation.ErrorCode;
import org.cthub.standard.validation.Problem;

/**
 * A {@link MappingSpec} bound to one table's columns: maps its rows to HTCDS fields. For each column entry,
 * each source cell is split (if {@code split}), each part translated by {@code values} (unlisted values pass
 * through, or are E1002 with {@code strictValues}) and converted to an ISO date (if {@code dateFormat}; E1005
 * when it is no date); then {@code default} fills an empty result and {@code required} reports one (E1001).
 * The parts of all entries with the same field are joined with {@code ;}, duplicates dropped.
 *
 * <p>Problems name the row, the source column and the HTCDS field; {@link Problem#field()} is the source
 * column, as the contributor knows it. A value is quoted in {@link Problem#value()} only when the field is not
 * a personal identifier, and never in the message. Immutable and thread-safe.
 */
public final class RowMapper {

    private static final int VALUES_LISTED = 20;

    private record BoundRule(ColumnRule rule, List<String> columns) {
    }

    private final List<BoundRule> rules = new ArrayList<>();
    private final Map<String, String> constants;
    private final List<String> fields;
    private final List<Problem> headerProblems = new ArrayList<>();

    RowMapper(List<ColumnRule> columns, Map<String, String> constants, List<String> fields, TableHeader header) {
        this.constants = constants;
        this.fields = fields;
        for (ColumnRule rule : columns) {
            List<String> bound = new ArrayList<>();
            for (String source : rule.sources()) {
                bind(rule, source, header).ifPresent(bound::add);
            }
            rules.add(new BoundRule(rule, List.copyOf(bound)));
        }
    }

    /** Finds a source column: by HXL tag when the source is one and the table has tags, else by heading. */
    private Optional<String> bind(ColumnRule rule, String source, TableHeader header) {
        String purpose = " (" + rule.path() + ", for " + rule.field() + ")";
        if (!TableHeader.isHxlTag(source) || !header.isHxl()) {
            Optional<String> column = header.find(source);
            if (column.isEmpty()) {
                headerProblems.add(new Problem(0, source, ErrorCode.E2004_MISSING_COLUMN, null,
                        "The file has no column headed '" + source + "'" + purpose + "."));
            }
            return column;
        }
        List<String> tagged = header.withTag(source);
        if (tagged.size() == 1) {
            return Optional.of(tagged.getFirst());
        }
        headerProblems.add(tagged.isEmpty()
                ? new Problem(0, source, ErrorCode.E2004_MISSING_COLUMN, null,
                        "The file has no column tagged " + source + purpose + ".")
                : new Problem(0, source, ErrorCode.E2006_INVALID_MAPPING, null, "The tag " + source + " selects "
                        + tagged.size() + " columns (" + String.join(", ", tagged) + ")" + purpose
                        + "; add attributes so that it selects one."));
        return Optional.empty();
    }

    /** The source columns the table lacks (E2004) or cannot tell apart (E2006); empty when all are found. */
    public List<Problem> headerProblems() {
        return List.copyOf(headerProblems);
    }

    /** The table's columns a field is mapped from, for tracing the standard's problems back to the source. */
    public List<String> sourceColumns(String field) {
        return rules.stream().filter(bound -> bound.rule().field().equalsIgnoreCase(field))
                .flatMap(bound -> bound.columns().stream()).distinct().toList();
    }

    /**
     * Maps one row. A row the reader could not read keeps its problems and gets no fields.
     *
     * @param row a row of the table this mapper was bound to
     */
    public MappedRow map(SourceRow row) {
        Objects.requireNonNull(row, "row");
        if (!row.cells().isEmpty() || row.isSound()) {
            return mapCells(row);
        }
        return new MappedRow(row.rowNumber(), row.location(), Map.of(), row.problems());
    }

    private MappedRow mapCells(SourceRow row) {
        Map<String, Set<String>> values = new LinkedHashMap<>();
        fields.forEach(field -> values.put(field, new LinkedHashSet<>()));
        List<Problem> problems = new ArrayList<>(row.problems());
        for (BoundRule bound : rules) {
            ColumnRule rule = bound.rule();
            List<String> found = new ArrayList<>();
            for (String column : bound.columns()) {
                convert(rule, column, row, found, problems);
            }
            if (found.isEmpty() && rule.defaultValue() != null) {
                found.add(rule.defaultValue());
            }
            if (found.isEmpty() && rule.required()) {
                problems.add(new Problem(row.rowNumber(), columnsOf(bound), ErrorCode.E1001_REQUIRED, null,
                        capitalised(row.where()) + ": " + describe(bound) + " is empty, and the mapping requires "
                                + "a value."));
            }
            values.get(rule.field()).addAll(found);
        }
        Map<String, String> mapped = new LinkedHashMap<>();
        values.forEach((field, parts) -> mapped.put(field, String.join(";", parts)));
        mapped.putAll(constants);
        return new MappedRow(row.rowNumber(), row.location(), mapped, problems);
    }

    private static void convert(ColumnRule rule, String column, SourceRow row, List<String> found,
                                List<Problem> problems) {
        String cell = row.cell(column);
        List<String> parts = rule.split() == null ? List.of(cell)
                : List.of(cell.split(Pattern.quote(rule.split()), -1));
        for (String part : parts) {
            String value = part.strip();
            if (value.isEmpty()) {
                continue;
            }
            if (rule.values() != null) {
                Optional<String> translated = rule.values().lookup(value);
                if (translated.isEmpty() && rule.strictValues()) {
                    problems.add(problem(row, column, rule, ErrorCode.E1002_UNKNOWN_VALUE, value,
                            "has a value the mapping does not list; it accepts " + listed(rule.values())));
                    continue;
                }
                value = translated.orElse(value);
            }
            if (!value.isEmpty() && rule.date() != null) {
                Optional<String> iso = rule.date().toIso(value);
                if (iso.isEmpty()) {
                    problems.add(problem(row, column, rule, ErrorCode.E1005_INVALID_DATE, value,
                            "is not a date written " + rule.date().pattern() + " (nor yyyy-MM-dd)"));
                    continue;
                }
                value = iso.get();
            }
            if (!value.isEmpty()) {
                found.add(value);
            }
        }
    }

    private static Problem problem(SourceRow row, String column, ColumnRule rule, ErrorCode code, String value,
                                   String what) {
        String quoted = org.cthub.standard.validation.Echo.value(
                org.cthub.standard.htcds.HtcdsField.byName(rule.field()).orElse(null), value);
        return new Problem(row.rowNumber(), column, code, quoted, capitalised(row.where()) + ": column '" + column
                + "' (" + rule.field() + ") " + what + ".");
    }

    private static String listed(ValueMap values) {
        List<String> sources = values.sourceValues();
        String shown = String.join(", ", sources.subList(0, Math.min(VALUES_LISTED, sources.size())));
        return sources.size() > VALUES_LISTED ? shown + " and " + (sources.size() - VALUES_LISTED) + " more" : shown;
    }

    private static String describe(BoundRule bound) {
        List<String> columns = bound.columns().isEmpty() ? bound.rule().sources() : bound.columns();
        String names = "'" + String.join("', '", columns) + "'";
        return (columns.size() == 1 ? "column " : "columns ") + names + " (" + bound.rule().field() + ")";
    }

    private static String columnsOf(BoundRule bound) {
        return String.join(", ", bound.columns().isEmpty() ? bound.rule().sources() : bound.columns());
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
