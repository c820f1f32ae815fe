package org.cthub.ingest.mapping;

import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cthub.ingest.table.TableFormat;
import org.cthub.ingest.table.TableOptions;
import org.cthub.standard.validation.ErrorCode;
import org.cthub.standard.validation.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads a spec's YAML into a {@link MappingSpec}, collecting every problem before giving up. */
final class SpecReader {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final Set<String> KEYS = Set.of("description", "format", "sheet", "delimiter", "encoding",
            "locale", "strictValues", "columns", "constants");
    private static final Map<String, Character> DELIMITERS = Map.of(",", ',', ";", ';', "|", '|', "\t", '\t',
            "tab", '\t');

    private SpecReader() {
    }

    static MappingSpec read(String yaml, String name) {
        JsonNode root = parse(yaml, name);
        SpecProblems problems = new SpecProblems();
        if (root == null || root.isMissingNode() || root.isNull() || !root.isObject()) {
            problems.add("(spec)", "must be a YAML mapping with at least columns:");
            throw new InvalidMappingException(name, problems.list(), null);
        }
        problems.unknownKeys(root, "", KEYS);
        TableOptions options = options(root, problems);
        Locale locale = locale(root.get("locale"), problems);
        boolean strict = problems.bool(root.get("strictValues"), "strictValues", false);
        ColumnReader columnReader = new ColumnReader(problems, locale, strict);
        List<ColumnRule> columns = columnReader.readAll(root.get("columns"));
        Map<String, String> constants = constants(root.get("constants"), columnReader.fields(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidMappingException(name, problems.list(), null);
        }
        return new MappingSpec(name, options, columns, constants);
    }

    private static JsonNode parse(String yaml, String name) {
        try {
            return YAML.readTree(yaml);
        } catch (JacksonException e) {
            TokenStreamLocation where = e.getLocation();
            String at = where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
            throw new InvalidMappingException(name, List.of(new Problem(0, "(spec)", ErrorCode.E2006_INVALID_MAPPING,
                    null, "(spec): not valid YAML" + at + ": " + e.getOriginalMessage())), e);
        }
    }

    private static TableOptions options(JsonNode root, SpecProblems problems) {
        TableFormat format = format(problems.text(root.get("format"), "format"), problems);
        String sheet = problems.text(root.get("sheet"), "sheet");
        String delimiterText = problems.scalar(root.get("delimiter"), "delimiter");
        Character delimiter = delimiterText == null ? null : DELIMITERS.get(delimiterText.toLowerCase(Locale.ROOT));
        if (delimiterText != null && delimiter == null) {
            problems.add("delimiter", "must be one of , ; | or tab");
        }
        String encodingName = problems.text(root.get("encoding"), "encoding");
        Charset encoding = null;
        if (encodingName != null) {
            try {
                encoding = Charset.forName(encodingName);
            } catch (IllegalArgumentException e) {
                problems.add("encoding", "'" + encodingName + "' is not an encoding this system knows;"
                        + " try UTF-8, windows-1252 or ISO-8859-1");
            }
        }
        if (format != null && format != TableFormat.XLSX && sheet != null) {
            problems.add("sheet", "applies only to format: xlsx");
        }
        if (format != null && format != TableFormat.CSV && delimiter != null) {
            problems.add("delimiter", "applies only to format: csv");
        }
        if (format == TableFormat.XLSX && encoding != null) {
            problems.add("encoding", "does not apply to format: xlsx, whose XML declares its own");
        }
        return new TableOptions(format, sheet, delimiter, encoding);
    }

    private static TableFormat format(String text, SpecProblems problems) {
        if (text == null) {
            return null;
        }
        try {
            return TableFormat.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("format", "must be csv, xlsx or json");
            return null;
        }
    }

    private static Locale locale(JsonNode node, SpecProblems problems) {
        String tag = problems.text(node, "locale");
        if (tag == null) {
            return Locale.ROOT;
        }
        Locale locale = Locale.forLanguageTag(tag);
        if (locale.getLanguage().isEmpty()) {
            problems.add("locale", "'" + tag + "' is not a language tag such as es or fr-CA");
        }
        return locale;
    }

    private static Map<String, String> constants(JsonNode node, Set<String> mapped, SpecProblems problems) {
        Map<String, String> constants = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return constants;
        }
        if (!node.isObject()) {
            problems.add("constants", "must be a mapping of HTCDS field names to values");
            return constants;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String path = "constants." + entry.getKey();
            String field = FieldNames.canonical(entry.getKey()).orElse(null);
            String value = problems.text(entry.getValue(), path);
            if (field == null) {
                problems.add(path, "'" + entry.getKey() + "' is not an HTCDS field name" + FieldNames
                        .closest(entry.getKey()).map(near -> "; did you mean " + near + "?").orElse(""));
            } else if (mapped.contains(field)) {
                problems.add(path, "is also mapped from a column; a field comes from columns or constants");
            } else if (value == null) {
                if (entry.getValue() == null || entry.getValue().isNull()) {
                    problems.add(path, "needs a value");
                }
            } else {
                constants.put(field, value);
            }
        }
        return constants;
    }
}
