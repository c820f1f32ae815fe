package org.cthub.store.referrals;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.cthub.standard.Picklist;

/**
 * Picklist values as the store keeps them in columns: by value name, several joined by {@code ;} in value-name
 * order (as {@code trafficking_case.exploitation_types} does), so that stored text survives renamed constants.
 */
final class ValueNames {

    private static final String SEPARATOR = ";";

    private ValueNames() {
    }

    /** The value with a value name; null for null. */
    static <E extends Enum<E> & Picklist> E of(Class<E> type, String valueName) {
        if (valueName == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.valueName().equals(valueName))
                .findFirst().orElseThrow(() -> new IllegalStateException("The database holds a "
                        + type.getSimpleName() + " that this version does not know; is the software older than "
                        + "the data?"));
    }

    /** The values of a joined column; none for null. */
    static <E extends Enum<E> & Picklist> Set<E> setOf(Class<E> type, String joined) {
        Set<E> values = EnumSet.noneOf(type);
        if (joined != null && !joined.isEmpty()) {
            for (String name : joined.split(SEPARATOR)) {
                values.add(of(type, name));
            }
        }
        return values;
    }

    /** The column text of a set of values; null for none. */
    static String join(Set<? extends Picklist> values) {
        return values.isEmpty() ? null
                : values.stream().map(Picklist::valueName).sorted().collect(Collectors.joining(SEPARATOR));
    }
}
