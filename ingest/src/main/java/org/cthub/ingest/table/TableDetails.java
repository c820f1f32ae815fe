package org.cthub.ingest.table;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * How a file was read, detected or as told by {@link TableOptions}: worth showing to the person who sent it
 * ("read as CSV, Windows-1252, delimiter ';'") so that a wrong guess is seen at once.
 *
 * @param format the format read
 * @param encoding the text encoding of a CSV or JSON file; null for XLSX, whose XML declares its own
 * @param byteOrderMark whether the file starts with a byte order mark (which is not part of the data)
 * @param delimiter the CSV delimiter; null for XLSX and JSON
 * @param sheet the name of the XLSX sheet read; null for CSV and JSON
 */
public record TableDetails(TableFormat format, Charset encoding, boolean byteOrderMark, Character delimiter,
                           String sheet) {

    public TableDetails {
        Objects.requireNonNull(format, "format");
    }

    static TableDetails ofText(TableFormat format, TextEncoding encoding, Character delimiter) {
        return new TableDetails(format, encoding.charset(), encoding.byteOrderMark(), delimiter, null);
    }

    static TableDetails ofSheet(String sheet) {
        return new TableDetails(TableFormat.XLSX, null, false, null, sheet);
    }

    /** Such as {@code CSV, windows-1252, delimiter ';'} or {@code XLSX, sheet 'Casos'}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(format.name());
        if (encoding != null) {
            text.append(", ").append(encoding.name()).append(byteOrderMark ? " with BOM" : "");
        }
        if (delimiter != null) {
            text.append(", delimiter ").append(delimiter == '\t' ? "TAB" : "'" + delimiter + "'");
        }
        if (sheet != null) {
            text.append(", sheet '").append(sheet).append('\'');
        }
        return text.toString();
    }
}
