package org.cthub.opendata;

import java.util.List;
import java.util.Objects;

/**
 * An aggregate query: records that pass every filter, counted in groups of up to two variables (none: one
 * count). A record counts in the group of each of its flags when grouped by a multi-valued variable.
 */
public record Query(List<Filter> filters, List<String> groupBy) {

    /** The value that selects, and the group that holds, records with the variable not recorded. */
    public static final String NOT_RECORDED = "(not recorded)";

    public Query {
        filters = List.copyOf(filters);
        groupBy = List.copyOf(groupBy);
        if (groupBy.size() > 2) {
            throw new QueryException(QueryException.Code.TOO_MANY_GROUPS, null, "group by at most two variables");
        }
        if (groupBy.size() == 2 && groupBy.get(0).equals(groupBy.get(1))) {
            throw new QueryException(QueryException.Code.SAME_GROUP_TWICE, groupBy.get(0),
                    "group by two different variables");
        }
    }

    public static Query count(Filter... filters) {
        return new Query(List.of(filters), List.of());
    }

    public static Query groupBy(String variable, Filter... filters) {
        return new Query(List.of(filters), List.of(Objects.requireNonNull(variable)));
    }

    public static Query groupBy(String first, String second, Filter... filters) {
        return new Query(List.of(filters), List.of(first, second));
    }
}
