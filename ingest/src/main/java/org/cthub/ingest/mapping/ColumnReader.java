package org.cthub.ingest.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Reads and checks the {@code columns} list of a spec, one {@link ColumnRule} per entry. */
final class ColumnReader {

    static final Set<String> KEYS = Set.of("source", "field", "values", "dateFormat", "split", "default",
            "required", "strictValues", "description");

    private final SpecProblems problems;
    private final Locale locale;
    private final boolean strictValues;
    private final Set<String> fields = new LinkedHashSet<>();

    ColumnReader(SpecProblems problems, Locale locale, boolean strictValues) {
        this.problems = problems;
        this.locale = locale;
        this.strictValues = strictValues;
    }

    /** The HTCDS fields the entries read so far name, whether or not the entries are otherwise valid. */
    Set<String> fields() {
        return fields;
    }

    List<ColumnRule> readAll(JsonNode columns) {
        if (columns == null || columns.isNull() || columns.isMissingNode()) {
            problems.add("columns", "is required: a list of entries with source: and field:");
            return List.of();
        }
        if (!columns.isArray() || columns.isEmpty()) {
            problems.add("columns", "must be a non-empty list of entries with source: and field:");
            return List.of();
        }
        List<ColumnRule> rules = new ArrayList<>();
        int index = 0;
        for (JsonNode entry : columns.values()) {
            read(entry, "columns[" + index++ + "]").ifPresent(rules::add);
        }
        return rules;
    }

    private Optional<ColumnRule> read(JsonNode entry, String path) {
        if (!entry.isObject()) {
            problems.add(path, "must be a mapping with source: and field:");
            return Optional.empty();
        }
        problems.unknownKeys(entry, path, KEYS);
        List<String> sources = sources(entry.get("source"), path + ".source");
        String field = field(entry.get("field"), path + ".field");
        ValueMap values = values(entry.get("values"), path + ".values");
        DatePattern date = date(entry.get("dateFormat"), path + ".dateFormat");
        String split = split(entry.get("split"), path + ".split");
        String defaultValue = problems.scalar(entry.get("default"), path + ".default");
        boolean required = problems.bool(entry.get("required"), path + ".required", false);
        boolean strict = problems.bool(entry.get("strictValues"), path + ".strictValues", strictValues);
        if (strict && values == null && entry.has("strictValues")) {
            problems.add(path + ".strictValues", "needs values: to know which values are allowed");
        }
        if (sources.isEmpty() || field == null) {
            return Optional.empty();
        }
        return Optional.of(new ColumnRule(path, sources, field, values, date, split,
                defaultValue == null ? null : defaultValue.strip(), required, strict && values != null));
    }

    private List<String> sources(JsonNode node, String path) {
        if (node == null) {
            problems.add(path, "is required: the column's heading, or its HXL tag such as #affected+f");
            return List.of();
        }
        return problems.texts(node, path);
    }

    private String field(JsonNode node, String path) {
        String name = problems.text(node, path);
        if (name == null) {
            if (node == null) {
                problems.add(path, "is required: an HTCDS field name such as prs_Gender");
            }
            return null;
        }
        Optional<String> canonical = FieldNames.canonical(name);
        if (canonical.isEmpty()) {
            problems.add(path, "'" + name + "' is not an HTCDS field name"
                    + FieldNames.closest(name).map(near -> "; did you mean " + near + "?").orElse(""));
        }
        canonical.ifPresent(fields::add);
        return canonical.orElse(null);
    }

    private ValueMap values(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject() || node.isEmpty()) {
            problems.add(path, "must be a mapping of source values to standard values, such as Mujer: Feminine");
            return null;
        }
        Map<String, String> entries = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String source = entry.getKey().strip();
            String target = problems.scalar(entry.getValue(), path + "." + source);
            String standard = target == null ? "" : target.strip();
            if (source.isEmpty()) {
                problems.add(path, "has an empty source value; empty cells take default: instead");
                continue;
            }
            Optional<String> clash = ValueMap.conflict(entries, source, standard);
            clash.ifPresent(other -> problems.add(path + "." + source, "is the same value as '" + other
                    + "' when case and accents are ignored, but maps to something else"));
            entries.put(source, standard);
        }
        return new ValueMap(entries);
    }

    private DatePattern date(JsonNode node, String path) {
        String pattern = problems.text(node, path);
        if (pattern == null) {
            return null;
        }
        try {
            return DatePattern.of(pattern, locale);
        } catch (IllegalArgumentException e) {
            problems.add(path, "'" + pattern + "' " + e.getMessage());
            return null;
        }
    }

    private String split(JsonNode node, String path) {
        String separator = problems.scalar(node, path);
        if (separator != null && separator.isEmpty()) {
            problems.add(path, "must not be empty");
            return null;
        }
        return separator;
    }
}
