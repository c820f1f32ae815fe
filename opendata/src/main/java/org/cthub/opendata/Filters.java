package org.cthub.opendata;

import java.util.List;

/** Turns a query's filters into one bitmap of the records that pass them all. */
final class Filters {

    private Filters() {
    }

    /** The records passing every filter, or null for "every record" (no filter). */
    static long[] evaluate(ReleaseData data, List<Filter> filters) {
        long[] result = null;
        for (Filter filter : filters) {
            long[] passing = switch (filter) {
                case Filter.Values values -> values(data, values);
                case Filter.YearRange range -> category(data, data.category(range.variable()), years(data, range));
            };
            if (result == null) {
                result = passing;
            } else {
                Bitmaps.andInto(result, passing);
            }
        }
        return result;
    }

    private static long[] values(ReleaseData data, Filter.Values filter) {
        Object column = data.column(filter.variable());
        if (column instanceof CategoryData category) {
            boolean[] selected = new boolean[category.cardinality()];
            for (String value : filter.values()) {
                int code = value.equals(Query.NOT_RECORDED) ? 0 : category.codeOf(value);
                if (code < 0) {
                    throw unknown(filter.variable(), value);
                }
                selected[code] = true;
            }
            return category(data, category, selected);
        }
        FlagData flags = (FlagData) column;
        long[] result = new long[Bitmaps.words(data.rows())];
        for (String value : filter.values()) {
            int flag = value.equals(Query.NOT_RECORDED) ? -1 : flags.indexOf(value);
            if (flag < 0 && !value.equals(Query.NOT_RECORDED)) {
                throw unknown(filter.variable(), value);
            }
            Bitmaps.orInto(result, flags.slot(flag + 1));
        }
        return result;
    }

    private static boolean[] years(ReleaseData data, Filter.YearRange range) {
        CategoryData category = data.category(range.variable());
        if (!category.year) {
            throw new QueryException(QueryException.Code.NOT_A_YEAR_VARIABLE, range.variable(),
                    "a year range applies only to a year variable");
        }
        boolean[] selected = new boolean[category.cardinality()];
        for (int code = 1; code < selected.length; code++) {
            selected[code] = category.yearFrom[code] != Integer.MIN_VALUE
                    && (range.from() == null || category.yearFrom[code] >= range.from())
                    && (range.to() == null || category.yearTo[code] <= range.to());
        }
        return selected;
    }

    /** Per-value bitmaps ORed where the column keeps them; otherwise one pass over the codes with a lookup. */
    private static long[] category(ReleaseData data, CategoryData category, boolean[] selected) {
        int rows = data.rows();
        long[] result = new long[Bitmaps.words(rows)];
        if (category.valueBitmaps != null) {
            for (int code = 0; code < selected.length; code++) {
                if (selected[code]) {
                    Bitmaps.orInto(result, category.valueBitmaps[code]);
                }
            }
            return result;
        }
        long[] lookup = new long[256];
        for (int code = 0; code < selected.length; code++) {
            lookup[code] = selected[code] ? 1L : 0L;
        }
        byte[] codes = category.codes;
        for (int w = 0; w < result.length; w++) {
            int base = w << 6;
            int end = Math.min(64, rows - base);
            long word = 0;
            for (int j = 0; j < end; j++) {
                word |= lookup[codes[base + j] & 0xFF] << j;
            }
            result[w] = word;
        }
        return result;
    }

    private static QueryException unknown(String variable, String value) {
        return new QueryException(QueryException.Code.UNKNOWN_VALUE, variable,
                "the release has no value \"" + value + "\" (see the variable's values)");
    }
}
