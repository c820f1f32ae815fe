package org.cthub.ingest.table;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cthub.standard.validation.Problem;

/**
 * One data row of a table, as the file holds it.
 *
 * <p>Row numbers count data rows only, from 1: the header row (and an HXL hashtag row) is row 0, and blank
 * rows are skipped without being counted. Because a quoted cell may hold line breaks and blank lines are
 * skipped, the row number and the file's line differ; {@link #location()} gives the line (or sheet row) where
 * the row starts, and {@link #where()} says both, as in {@code row 12 (line 14 of the file)}.
 *
 * @param rowNumber the 1-based data row number
 * @param location where the row starts in the file
 * @param cells the cells by column name, in the header's order, trimmed; an empty cell is {@code ""}. Empty
 *     when the row has problems: cells that may have shifted to another column are never handed on
 * @param problems what is wrong with the row (E2001 malformed, E2002 truncated, E1011 a cell too long);
 *     empty for a sound row
 */
public record SourceRow(long rowNumber, Location location, Map<String, String> cells, List<Problem> problems) {

    public SourceRow {
        if (rowNumber < 1) {
            throw new IllegalArgumentException("rowNumber must be 1 or more, was " + rowNumber);
        }
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(cells, "cells");
        // The reader hands over a map it built for this row alone and never touches again; copying it would
        // double the work per row of a million-row import. Anything else is copied.
        if (!(cells instanceof RowBuilder.RowCells)) {
            cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
        }
        problems = List.copyOf(problems);
    }

    /** The cell under a column, {@code ""} when empty or when the table has no such column. */
    public String cell(String column) {
        return cells.getOrDefault(column, "");
    }

    /** Whether the row was read without problems. */
    public boolean isSound() {
        return problems.isEmpty();
    }

    /** The row and where it starts, for messages: {@code row 12 (line 14 of the file)}. */
    public String where() {
        return "row " + rowNumber + " (" + location + ")";
    }

    /**
     * Where a row starts: a line of a text file or a row of a sheet, both 1-based as an editor or a
     * spreadsheet program shows them.
     */
    public record Location(long number, Kind kind) {

        public Location {
            if (number < 1) {
                throw new IllegalArgumentException("number must be 1 or more, was " + number);
            }
            Objects.requireNonNull(kind, "kind");
        }

        /** What the number counts. */
        public enum Kind { FILE_LINE, SHEET_ROW }

        @Override
        public String toString() {
            return kind == Kind.FILE_LINE ? "line " + number + " of the file" : "sheet row " + number;
        }
    }
}
