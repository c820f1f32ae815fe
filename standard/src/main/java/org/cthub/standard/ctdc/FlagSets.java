package org.cthub.standard.ctdc;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Groups of CTDC binary columns held as sets of the flags that are 1. */
final class FlagSets {

    private FlagSets() {
    }

    static <E extends Enum<E> & CtdcFlag> Stream<String> columns(E[] flags) {
        return Stream.of(flags).map(CtdcFlag::column);
    }

    /** An unmodifiable copy in enum order; empty for null. */
    static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
        return values == null || values.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(type))
                : Collections.unmodifiableSet(EnumSet.copyOf(values));
    }

    /** The values the table gives for the values of the set; values without an entry give nothing. */
    static <A, B extends Enum<B>> Set<B> translate(Set<A> values, Map<A, B> table, Class<B> type) {
        Set<B> translated = EnumSet.noneOf(type);
        for (A value : values) {
            B target = table.get(value);
            if (target != null) {
                translated.add(target);
            }
        }
        return translated;
    }

    /** The inverse of a one-to-one table. */
    static <A, B> Map<B, A> inverse(Map<A, B> table) {
        Map<B, A> inverse = new HashMap<>();
        table.forEach((key, value) -> {
            if (inverse.put(value, key) != null) {
                throw new IllegalStateException("The table is not one-to-one at " + value);
            }
        });
        return Map.copyOf(inverse);
    }
}
