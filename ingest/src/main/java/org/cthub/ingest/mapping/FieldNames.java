package org.cthub.ingest.mapping;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.cthub.standard.htcds.HtcdsField;

/** HTCDS field names as the standard's catalogue ({@link HtcdsField}) knows them. */
final class FieldNames {

    private FieldNames() {
    }

    /** The standard's spelling of a field name given in any case, or empty when it is not a field. */
    static Optional<String> canonical(String name) {
        return HtcdsField.byName(name).map(HtcdsField::fieldName);
    }

    /** The field name nearest a misspelt one, when one is near enough to be a likely typo. */
    static Optional<String> closest(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        int tolerance = Math.max(2, wanted.length() / 4);
        return Arrays.stream(HtcdsField.values())
                .map(HtcdsField::fieldName)
                .map(field -> new Candidate(field, distance(wanted, field.toLowerCase(Locale.ROOT))))
                .filter(candidate -> candidate.distance <= tolerance)
                .min(Comparator.comparingInt(Candidate::distance))
                .map(Candidate::field);
    }


    private record Candidate(String field, int distance) {
    }

    /** Levenshtein distance, two rows at a time. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
