package org.cthub.app.referrals;

import java.util.Arrays;
import java.util.List;
import org.cthub.standard.Picklist;

/** One option of a list a form offers: the value submitted and its label in the reader's language. */
record Choice(String value, String label) {

    /** Every value of a picklist, in the standard's order. */
    static <E extends Enum<E> & Picklist> List<Choice> of(Class<E> type, Wording wording) {
        return Arrays.stream(type.getEnumConstants()).map(value -> new Choice(value.valueName(), wording.label(value)))
                .toList();
    }
}
