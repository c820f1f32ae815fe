package org.cthub.standard.htcds;

import java.util.Arrays;
import java.util.List;
import org.cthub.standard.Picklist;

/** The standard's picklist enums, as the field catalogue names them: one list for every test to iterate. */
final class AllPicklists {

    private AllPicklists() {
    }

    @SuppressWarnings("unchecked")
    static <E extends Enum<E> & Picklist> List<Class<E>> enums() {
        return Arrays.stream(HtcdsField.values()).flatMap(field -> field.picklist().stream())
                .filter(Picklist.class::isAssignableFrom).distinct().map(type -> (Class<E>) (Class<?>) type)
                .toList();
    }

    static List<Picklist> constants() {
        return enums().stream().<Picklist>flatMap(type -> Arrays.stream(type.getEnumConstants())).toList();
    }
}
