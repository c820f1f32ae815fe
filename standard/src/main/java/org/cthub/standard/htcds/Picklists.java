package org.cthub.standard.htcds;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Operations on picklist values shared by the model's records. */
public final class Picklists {

    private Picklists() {
    }

    /**
     * The value of a picklist for its value name or its label in English, Spanish or French, compared without
     * regard to case, accents, spacing and punctuation; empty when nothing matches.
     */
    public static <E extends Enum<E> & org.cthub.standard.Picklist> java.util.Optional<E> parse(Class<E> picklist,
                                                                                                  String text) {
        throw new UnsupportedOperationException("filled in with the label index");
    }

    /** An unmodifiable copy that keeps enum order, or an empty set for null. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static <E extends Enum<E>> Set<E> copy(Set<E> values) {
        if (values == null || values.isEmpty()) {
            return Set.of();
        }
        Set<E> copy = EnumSet.copyOf((Set) values);
        return Collections.unmodifiableSet(copy);
    }
}
