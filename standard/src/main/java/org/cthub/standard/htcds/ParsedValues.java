package org.cthub.standard.htcds;

import java.util.List;
import java.util.Set;

/**
 * What {@link Picklists#parseAll} made of a multi-select cell: the values it recognised, and the parts it did
 * not, as written, so that a report can name them.
 *
 * @param values the recognised values, in the picklist's order, without repetition
 * @param unmatched the parts that match no value, stripped, in the order they appeared
 */
public record ParsedValues<E extends Enum<E>>(Set<E> values, List<String> unmatched) {

    public ParsedValues {
        values = Picklists.copy(values);
        unmatched = unmatched == null ? List.of() : List.copyOf(unmatched);
    }

    /** Whether every part was recognised. */
    public boolean isComplete() {
        return unmatched.isEmpty();
    }
}
