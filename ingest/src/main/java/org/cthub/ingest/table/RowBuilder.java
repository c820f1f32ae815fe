package org.cthub.ingest.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cthub.standard.validation.ErrorCode;
import org.cthub.standard.validation.Problem;

/**
 * Applies the header to a record: cells keyed by column name and trimmed, or the row's problems. The rules:
 * <ul>
 *   <li>more cells than columns: allowed when the extra cells are empty (a trailing delimiter); otherwise
 *       E2001, since the row's cells have probably shifted;
 *   <li>fewer cells than columns: E2001 for CSV, where it means a lost delimiter; normal for XLSX and JSON,
 *       which do not store empty cells;
 *   <li>a cell longer than {@link Limits#maxCellChars()}: E1011.
 * </ul>
 * A row with a problem keeps none of its cells: a cell that may have shifted to another column is never
 * handed on as data. Messages name the row, the line and the column, never a cell's content.
 */
final class RowBuilder {

    private final TableHeader header;
    private final Limits limits;
    private final boolean allowsShortRecords;
    private final SourceRow.Location.Kind kind;

    RowBuilder(TableHeader header, Limits limits, boolean allowsShortRecords, SourceRow.Location.Kind kind) {
        this.header = header;
        this.limits = limits;
        this.allowsShortRecords = allowsShortRecords;
        this.kind = kind;
    }

    SourceRow build(long rowNumber, RawRecord record) {
        SourceRow.Location location = new SourceRow.Location(record.line(), kind);
        String where = "Row " + rowNumber + " (" + location + ")";
        if (record.defect() != null) {
            return rejected(rowNumber, location, List.of(new Problem(rowNumber, null, record.defect().code(), null,
                    where + ": " + record.defect().message() + ".")));
        }
        List<String> cells = record.cells();
        int width = header.size();
        if (cells.size() > width && hasValueBeyond(cells, width)) {
            return rejected(rowNumber, location, List.of(malformed(rowNumber, where + " has a value in column "
                    + ColumnNames.letter(CellText.lastNonBlank(cells)) + ", beyond the last column with a heading ("
                    + (width == 0 ? "none" : ColumnNames.letter(width - 1))
                    + "): a cell may hold an unquoted delimiter, or the row has shifted")));
        }
        if (cells.size() < width && !allowsShortRecords) {
            return rejected(rowNumber, location, List.of(malformed(rowNumber, where + " has " + cells.size()
                    + (cells.size() == 1 ? " cell" : " cells") + " where the header has " + width
                    + ": a delimiter may be missing, or a line break in a cell is not quoted")));
        }
        RowCells byName = new RowCells(width);
        List<Problem> problems = new ArrayList<>(0);
        for (int i = 0; i < width; i++) {
            String text = i < cells.size() ? CellText.clean(cells.get(i)) : "";
            String column = header.names().get(i);
            if (text.length() > limits.maxCellChars()) {
                problems.add(new Problem(rowNumber, column, ErrorCode.E1011_TOO_LONG, null, where + ": the cell in"
                        + " column '" + column + "' has " + text.length() + " characters; at most "
                        + limits.maxCellChars() + " are accepted."));
            }
            byName.set(column, text);
        }
        return problems.isEmpty() ? new SourceRow(rowNumber, location, byName, List.of())
                : rejected(rowNumber, location, problems);
    }

    /**
     * The cells of one row, read-only once handed to {@link SourceRow}, which can then keep it without a copy.
     * Only this class writes to it, before it leaves.
     */
    static final class RowCells extends java.util.AbstractMap<String, String> {
        private final LinkedHashMap<String, String> cells;

        RowCells(int width) {
            this.cells = new LinkedHashMap<>(width * 2);
        }

        @Override
        public String put(String column, String text) {
            throw new UnsupportedOperationException("The cells of a row are read-only");
        }

        private void set(String column, String text) {
            cells.put(column, text);
        }

        @Override
        public String get(Object column) {
            return cells.get(column);
        }

        @Override
        public String getOrDefault(Object column, String fallback) {
            return cells.getOrDefault(column, fallback);
        }

        @Override
        public boolean containsKey(Object column) {
            return cells.containsKey(column);
        }

        @Override
        public int size() {
            return cells.size();
        }

        @Override
        public void forEach(java.util.function.BiConsumer<? super String, ? super String> action) {
            cells.forEach(action);
        }

        @Override
        public java.util.Set<Entry<String, String>> entrySet() {
            return java.util.Collections.unmodifiableMap(cells).entrySet();
        }
    }

    private static SourceRow rejected(long rowNumber, SourceRow.Location location, List<Problem> problems) {
        return new SourceRow(rowNumber, location, Map.of(), problems);
    }

    private static Problem malformed(long rowNumber, String message) {
        return new Problem(rowNumber, null, ErrorCode.E2001_MALFORMED_ROW, null, message + ".");
    }

    private static boolean hasValueBeyond(List<String> cells, int width) {
        return CellText.lastNonBlank(cells) >= width;
    }

}
