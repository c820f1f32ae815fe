package org.cthub.estimation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cthub.estimation.CaptureTableProblem.Code;

/** Reads a capture table from CSV, collecting every problem before giving up. */
final class CaptureTableCsv {

    private final String source;
    private final List<CaptureTableProblem> problems = new ArrayList<>();

    CaptureTableCsv(String source) {
        this.source = source;
    }

    CaptureTable parse(Reader reader) {
        try {
            BufferedReader lines = new BufferedReader(reader);
            String header = lines.readLine();
            if (header == null || header.isBlank()) {
                throw fail(Code.EMPTY_FILE, 0, "", "", "the file is empty; expected a header such as A,B,C,count");
            }
            List<String> columns = cells(stripByteOrderMark(header));
            int countColumn = checkHeader(columns);
            List<String> lists = new ArrayList<>(columns);
            if (countColumn >= 0) {
                lists.remove(countColumn);
            }
            if (!problems.isEmpty()) {
                throw new InvalidCaptureTableException(source, problems);
            }
            long[] counts = new long[1 << lists.size()];
            Map<Integer, Long> firstRowOfHistory = new HashMap<>();
            long row = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                row++;
                if (!line.isBlank()) {
                    readRow(row, cells(line), columns, countColumn, counts, firstRowOfHistory);
                }
            }
            if (problems.isEmpty() && java.util.Arrays.stream(counts).sum() == 0) {
                problems.add(new CaptureTableProblem(Code.NO_OBSERVATIONS, 0, "count", "",
                        "no one is counted; at least one row needs a count above 0"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidCaptureTableException(source, problems);
            }
            return CaptureTable.of(lists, counts);
        } catch (IOException e) {
            throw new UncheckedIOException("Unable to read capture table " + source, e);
        }
    }

    private int checkHeader(List<String> columns) {
        int countColumn = columns.indexOf("count");
        if (countColumn < 0) {
            problems.add(new CaptureTableProblem(Code.MISSING_COUNT_COLUMN, 0, "", "",
                    "no column named count; expected one 0/1 column per list and a count column"));
        }
        Set<String> seen = new HashSet<>();
        for (String column : columns) {
            if (column.isBlank() || !seen.add(column)) {
                problems.add(new CaptureTableProblem(Code.BAD_COLUMN_NAME, 0, column, "",
                        column.isBlank() ? "a column has no name; every list column needs a distinct name"
                                : "the column name appears twice; list names must be distinct"));
            }
        }
        int lists = columns.size() - (countColumn >= 0 ? 1 : 0);
        if (lists < 2) {
            problems.add(new CaptureTableProblem(Code.TOO_FEW_LISTS, 0, "", String.valueOf(lists),
                    "found " + lists + " list column(s); multiple systems estimation needs at least 2 lists"));
        } else if (lists > CaptureTable.MAX_LISTS) {
            problems.add(new CaptureTableProblem(Code.TOO_MANY_LISTS, 0, "", String.valueOf(lists),
                    "found " + lists + " list columns; at most " + CaptureTable.MAX_LISTS + " are supported"));
        }
        return countColumn;
    }

    private void readRow(long row, List<String> cells, List<String> columns, int countColumn, long[] counts,
            Map<Integer, Long> firstRowOfHistory) {
        if (cells.size() != columns.size()) {
            problems.add(new CaptureTableProblem(Code.MALFORMED_ROW, row, "", "",
                    "has " + cells.size() + " cells; the header has " + columns.size()));
            return;
        }
        int history = 0;
        int list = 0;
        boolean valid = true;
        for (int c = 0; c < cells.size(); c++) {
            if (c == countColumn) {
                continue;
            }
            String cell = cells.get(c);
            if (cell.equals("1")) {
                history |= 1 << list;
            } else if (!cell.equals("0")) {
                problems.add(new CaptureTableProblem(Code.NOT_ZERO_OR_ONE, row, columns.get(c), cell,
                        "is not 0 or 1; a list column holds 1 for people on the list and 0 for the others"));
                valid = false;
            }
            list++;
        }
        Long count = count(row, cells.get(countColumn));
        if (!valid || count == null) {
            return;
        }
        if (history == 0) {
            problems.add(new CaptureTableProblem(Code.ALL_ZERO_HISTORY, row, "", "",
                    "is on no list; people on no list are never observed, so leave this row out"));
            return;
        }
        Long first = firstRowOfHistory.putIfAbsent(history, row);
        if (first != null) {
            problems.add(new CaptureTableProblem(Code.DUPLICATE_HISTORY, row, "", "",
                    "repeats the capture history of row " + first + "; give each history once with its total count"));
            return;
        }
        counts[history] = count;
    }

    private Long count(long row, String cell) {
        long value;
        try {
            value = Long.parseLong(cell);
        } catch (NumberFormatException e) {
            problems.add(new CaptureTableProblem(Code.NOT_A_COUNT, row, "count", cell,
                    "is not a whole number; the count is how many people have this capture history"));
            return null;
        }
        if (value < 0) {
            problems.add(new CaptureTableProblem(Code.NEGATIVE_COUNT, row, "count", cell,
                    "is negative; counts are 0 or more"));
            return null;
        }
        return value;
    }

    private InvalidCaptureTableException fail(Code code, long row, String column, String value, String message) {
        problems.add(new CaptureTableProblem(code, row, column, value, message));
        return new InvalidCaptureTableException(source, problems);
    }

    private static String stripByteOrderMark(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    /** Splits one CSV line on commas, honouring double quotes; cells are trimmed. */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().trim());
        return cells;
    }
}
