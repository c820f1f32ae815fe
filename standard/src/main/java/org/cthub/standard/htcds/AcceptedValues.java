package org.cthub.standard.htcds;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.cthub.standard.Picklist;

/**
 * What a cell of each kind accepts, in the words a problem report shows to the person fixing the file. Kept
 * together so that every report phrases the same rule the same way.
 */
final class AcceptedValues {

    /** Up to this many values, a message lists them all; beyond, it names the first and the last. */
    private static final int LISTED = 16;

    static final String DATE = "Use a date in the form yyyy-MM-dd (ISO 8601), such as 2023-04-30.";
    static final String CHECKBOX = "Use true or false, yes or no, 1 or 0, sí or no, or oui or non.";
    static final String WHOLE_NUMBER = "Use a whole number of 0 or more, such as 3.";
    static final String COUNTRY = "Use an ISO 3166 alpha-2/alpha-3 code or a country name in English, Spanish"
            + " or French, such as NG, NGA or Nigeria.";
    static final String LANGUAGE = "Use an ISO 639-1 or ISO 639-2 code or a language name in English, Spanish"
            + " or French, such as es, spa or Spanish.";
    static final String MAJORITY_STATUS = "Use Adult or Minor (also Adulto or Menor, Adulte or Mineur).";

    private AcceptedValues() {
    }

    static <E extends Enum<E> & Picklist> String picklist(Class<E> picklist) {
        E[] values = picklist.getEnumConstants();
        String name = picklist.getSimpleName();
        String choices = values.length <= LISTED
                ? "one of " + name + "'s value names ("
                        + Arrays.stream(values).map(Picklist::valueName).collect(Collectors.joining(", ")) + ")"
                : "one of " + name + "'s " + values.length + " value names, from " + values[0].valueName() + " to "
                        + values[values.length - 1].valueName() + ",";
        return "Use " + choices + " or its label in English, Spanish or French.";
    }

    static String ageBand() {
        return "Use one of the age bands " + Arrays.stream(AgeBand.values()).map(AgeBand::ctdcLabel)
                .collect(Collectors.joining(", ")) + " (a single hyphen also does, as in 0-8).";
    }

    static String coordinate(String what, int limit) {
        return "Use a " + what + " from -" + limit + " to " + limit + " in decimal degrees with a point, such as"
                + " 14.6928.";
    }

    static String separated(String what) {
        return "Separate several " + what + " with " + RowCells.SEPARATOR + ".";
    }
}
