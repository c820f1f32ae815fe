package org.cthub.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table of string cells with a header: what disclosure control reads and writes. Immutable; every row has as
 * many cells as there are columns. A {@code null} cell is not allowed: write missing values as a category (such
 * as {@code Unknown}) that the hierarchies know.
 *
 * @param columns column names, distinct
 * @param rows the rows, each a list of cells in column order
 */
public record Table(List<String> columns, List<List<String>> rows) {

    public Table {
        columns = List.copyOf(columns);
        if (columns.stream().distinct().count() != columns.size()) {
            throw new IllegalArgumentException("Column names must be distinct: " + columns);
        }
        List<List<String>> copy = new ArrayList<>(rows.size());
        for (int row = 0; row < rows.size(); row++) {
            List<String> cells = rows.get(row);
            if (cells.size() != columns.size()) {
                throw new IllegalArgumentException("Row " + (row + 1) + " has " + cells.size() + " cells, the header "
                        + columns.size());
            }
            copy.add(List.copyOf(cells));
        }
        rows = List.copyOf(copy);
    }

    /** The position of a column. @throws IllegalArgumentException when there is no such column */
    public int column(String name) {
        int index = columns.indexOf(Objects.requireNonNull(name, "name"));
        if (index < 0) {
            throw new IllegalArgumentException("No column named '" + name + "'; the columns are " + columns);
        }
        return index;
    }

    public int size() {
        return rows.size();
    }

    /** The cells of one column, top to bottom. */
    public List<String> values(String column) {
        int index = column(column);
        return rows.stream().map(row -> row.get(index)).toList();
    }
}
