package org.cthub.ingest.table;

import java.nio.charset.Charset;
import java.util.Set;

/**
 * What the caller knows about a file, overriding detection; every component is optional (null = detect).
 *
 * @param format the format, or null to detect it from the name and first bytes ({@link TableFormat#detect})
 * @param sheet the XLSX sheet to read, by name (exact, else ignoring case), or null for the first sheet
 * @param delimiter the CSV delimiter, or null to detect one of {@code , ; TAB |} from the first records
 * @param encoding the encoding of a CSV or JSON file, or null to detect it (BOM, UTF-8, UTF-16,
 *     Windows-1252, ISO-8859-1)
 */
public record TableOptions(TableFormat format, String sheet, Character delimiter, Charset encoding) {

    /** Detect everything. */
    public static final TableOptions DETECT = new TableOptions(null, null, null, null);

    private static final Set<Character> FORBIDDEN_DELIMITERS = Set.of('"', '\r', '\n', ' ');

    /**
     * @throws IllegalArgumentException for a blank sheet name or a delimiter that is a quote, a space or a
     *     line break
     */
    public TableOptions {
        if (sheet != null && sheet.isBlank()) {
            throw new IllegalArgumentException("sheet must not be blank; use null for the first sheet");
        }
        if (delimiter != null && FORBIDDEN_DELIMITERS.contains(delimiter)) {
            throw new IllegalArgumentException("a delimiter cannot be a quote, a space or a line break");
        }
    }

    public TableOptions withFormat(TableFormat newFormat) {
        return new TableOptions(newFormat, sheet, delimiter, encoding);
    }

    public TableOptions withSheet(String newSheet) {
        return new TableOptions(format, newSheet, delimiter, encoding);
    }

    public TableOptions withDelimiter(Character newDelimiter) {
        return new TableOptions(format, sheet, newDelimiter, encoding);
    }

    public TableOptions withEncoding(Charset newEncoding) {
        return new TableOptions(format, sheet, delimiter, newEncoding);
    }
}
