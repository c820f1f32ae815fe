package org.cthub.linkage.duplicate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cthub.linkage.normalise.ConsonantSkeleton;
import org.cthub.linkage.normalise.TextNormaliser;

/**
 * What the duplicate check compares of a person, already normalised: the name tokens of all name parts
 * (transliterated to ASCII, sorted, so the order of given and family names does not matter), the birth date,
 * gender and citizenship.
 *
 * @param name        sorted normalised name tokens joined by single spaces; empty when there is no name
 * @param skeleton    the consonant skeleton of {@code name} ({@link ConsonantSkeleton})
 * @param birthDate   the birth date, or null
 * @param gender      a gender code, or null
 * @param citizenship a citizenship code (the first, when there are several), or null
 */
public record PersonDetails(String name, String skeleton, LocalDate birthDate, String gender, String citizenship) {

    /** Checks the values. */
    public PersonDetails {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(skeleton, "skeleton");
    }

    /**
     * Normalises a person's details.
     *
     * @param nameParts given, middle and family names in any order and any script; nulls are skipped
     */
    public static PersonDetails of(List<String> nameParts, LocalDate birthDate, String gender, String citizenship) {
        List<String> parts = new ArrayList<>();
        for (String part : nameParts) {
            if (part != null && !part.isBlank()) {
                parts.add(part);
            }
        }
        String name = TextNormaliser.name(String.join(" ", parts));
        return new PersonDetails(name, ConsonantSkeleton.of(name), birthDate, blankToNull(gender),
                blankToNull(citizenship));
    }

    /** @return whether there is nothing to compare a name with */
    public boolean hasName() {
        return !name.isEmpty();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
