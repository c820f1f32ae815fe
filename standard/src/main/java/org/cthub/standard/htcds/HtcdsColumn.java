package org.cthub.standard.htcds;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One column of the HTCDS CSV layout: a field, and which instance of its section it holds. The first instance
 * is the bare field name ({@code hte_Type}); further ones carry a suffix ({@code hte_Type__2}).
 */
record HtcdsColumn(HtcdsField field, int instance) {

    static final String SUFFIX = "__";
    /** More instances than anyone records; a bound so that a typo cannot ask for a million columns. */
    static final int MAX_INSTANCE = 999;

    private static final Pattern SUFFIXED = Pattern.compile("(.+?)" + SUFFIX + "(\\d{1,3})");

    /** The layout's order: by section as {@link HtcdsLayout} orders them, then instance, then field. */
    static final Comparator<HtcdsColumn> ORDER = Comparator
            .comparingInt((HtcdsColumn column) -> HtcdsLayout.rank(column.field().section()))
            .thenComparingInt(HtcdsColumn::instance)
            .thenComparingInt(column -> column.field().ordinal());

    HtcdsColumn {
        if (instance < 1 || instance > MAX_INSTANCE || instance > 1 && !field.section().repeats()) {
            throw new IllegalArgumentException("No instance " + instance + " of " + field);
        }
    }

    String name() {
        return HtcdsRows.columnName(field, instance);
    }

    /** The field a header names, ignoring any instance suffix; empty when it names none. */
    static Optional<HtcdsField> fieldOf(String header) {
        Matcher suffixed = SUFFIXED.matcher(header.strip());
        return HtcdsField.byName(suffixed.matches() ? suffixed.group(1) : header);
    }

    /** Headers seen before; every row of a file repeats them. Bounded, so hostile headers cannot grow it. */
    private static final int CACHED_HEADERS = 4096;
    private static final java.util.Map<String, Optional<HtcdsColumn>> PARSED =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The column a header names, in any case; empty when the field is unknown, or the suffix is not a number
     * from 1 to {@value #MAX_INSTANCE}, or the section does not repeat. {@code __1} is the first instance.
     */
    static Optional<HtcdsColumn> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        Optional<HtcdsColumn> known = PARSED.get(header);
        if (known != null) {
            return known;
        }
        Optional<HtcdsColumn> parsed = parseUncached(header);
        if (PARSED.size() < CACHED_HEADERS) {
            PARSED.put(header, parsed);
        }
        return parsed;
    }

    private static Optional<HtcdsColumn> parseUncached(String header) {
        Matcher suffixed = SUFFIXED.matcher(header.strip());
        if (!suffixed.matches()) {
            return HtcdsField.byName(header).map(field -> new HtcdsColumn(field, 1));
        }
        int instance = Integer.parseInt(suffixed.group(2));
        return HtcdsField.byName(suffixed.group(1))
                .filter(field -> instance >= 1 && (instance == 1 || field.section().repeats()))
                .map(field -> new HtcdsColumn(field, instance));
    }
}
