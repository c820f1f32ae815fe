package org.cthub.opendata;

import java.util.List;

/**
 * A protected answer. {@code total} counts the records that pass the filters; {@code recorded} says, per grouping
 * variable, how many of them have it recorded at all. Grouped by one variable, every value (and
 * {@link Query#NOT_RECORDED}) is listed; grouped by two, only the cells that are shown, every other combination
 * being fewer than the threshold. Grouped by a multi-valued variable, a record counts under each of its values,
 * so the cells add up to more than the total. All counts are perturbed, so they do not add up exactly either.
 */
public record Answer(List<String> groupBy, List<Cell> cells, ProtectedCount total, List<Recorded> recorded,
                     int threshold, double epsilon) {

    public Answer {
        groupBy = List.copyOf(groupBy);
        cells = List.copyOf(cells);
        recorded = List.copyOf(recorded);
    }

    /** The group's values, one per grouping variable, and its count. */
    public record Cell(List<String> values, ProtectedCount count) {
        public Cell {
            values = List.copyOf(values);
        }
    }

    /** How many of the filtered records have the variable recorded. */
    public record Recorded(String variable, ProtectedCount count) {
    }
}
