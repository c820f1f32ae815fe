package org.cthub.store.casework;

import java.util.List;

/**
 * A page of the case list.
 *
 * @param items the cases of the page, newest registration first
 * @param total how many cases the query matches in all pages
 */
public record CasePage(List<CaseSummary> items, long total) {

    public CasePage {
        items = List.copyOf(items);
    }
}
