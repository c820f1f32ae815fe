package org.cthub.ingest.mapping;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cthub.ingest.table.SourceRow;
import org.cthub.standard.validation.Problem;

/**
 * One source row turned into HTCDS fields: the input of the standard's {@code HtcdsRows.read(row, fields)}.
 *
 * @param rowNumber the source row's number (see {@link SourceRow})
 * @param location where the source row starts in the file
 * @param fields HTCDS field name to value, in the spec's order: every field the spec maps or sets, {@code ""}
 *     when there is no value; several values of a multi-select are joined with {@code ;}. Empty when the
 *     source row could not be read
 * @param problems what went wrong reading or mapping the row (the reader's, then the mapping's); the values
 *     of other fields are still given, so that the standard can report its own problems alongside
 */
public record MappedRow(long rowNumber, SourceRow.Location location, Map<String, String> fields,
                        List<Problem> problems) {

    public MappedRow {
        Objects.requireNonNull(location, "location");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        problems = List.copyOf(problems);
    }

    /** Whether the row was read and mapped without problems. */
    public boolean isSound() {
        return problems.isEmpty();
    }

    /** The row and where it starts, for messages: {@code row 12 (line 14 of the file)}. */
    public String where() {
        return "row " + rowNumber + " (" + location + ")";
    }
}
