package org.cthub.store.casework;

import java.util.List;

/**
 * A page of the case list.
 *
 * @param items the cases of the page, newest registration first
 * @param total how many cases the query matches in all pages, counted up to {@link #COUNT_LIMIT} + 1
 */
public record CasePage(List<CaseSummary> items, long total) {

    /** The list counts matching cases up to this many; beyond, {@link #moreThanLimit()} says so. */
    public static final long COUNT_LIMIT = 10_000;

    /** Whether more than {@link #COUNT_LIMIT} cases match, and {@code total} is not their exact number. */
    public boolean moreThanLimit() {
        return total > COUNT_LIMIT;
    }

    public CasePage {
        items = List.copyOf(items);
    }
}
