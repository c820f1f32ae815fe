package org.cthub.opendata;

import java.util.Objects;
import java.util.Set;

/** A condition on one variable; a query's filters all hold (AND). */
public sealed interface Filter {

    String variable();

    /**
     * The record has one of the values ({@link Query#NOT_RECORDED} for none recorded). For a multi-valued
     * variable: the record has at least one of the flags.
     */
    record Values(String variable, Set<String> values) implements Filter {
        public Values {
            Objects.requireNonNull(variable, "variable");
            values = Set.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("A filter on " + variable + " needs at least one value");
            }
        }
    }

    /**
     * The record's year, or its whole period, lies within {@code [from, to]}; either bound may be null (open). A
     * record whose period straddles a bound ({@code 2017-2021} against {@code from 2019}) is left out: it cannot
     * be said to lie inside.
     */
    record YearRange(String variable, Integer from, Integer to) implements Filter {
        public YearRange {
            Objects.requireNonNull(variable, "variable");
            if (from != null && to != null && from > to) {
                throw new QueryException(QueryException.Code.BAD_YEAR_RANGE, variable,
                        "the first year " + from + " is after the last " + to);
            }
        }
    }
}
