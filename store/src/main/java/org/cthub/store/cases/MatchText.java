package org.cthub.store.cases;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The text a person's match key is computed from: the name's tokens normalised and sorted, and the ISO birth
 * date. Normalised means Unicode NFKD, combining marks removed, lower case, letters that do not decompose
 * folded to ASCII (ø, ł, ß, æ...), apostrophes dropped (O'Brien = OBrien) and every other punctuation a
 * separator. Sorting the tokens makes the order of given and family names irrelevant, because forms and
 * cultures order them differently: "García López, María" and "maria garcia lopez" give the same text.
 */
public final class MatchText {

    private static final String APOSTROPHES = "'\u2018\u2019\u02bc\u0060\u00b4";

    private MatchText() {
    }

    /**
     * The match text of a person, or null when the name has no letter or digit or the birth date is missing:
     * without both, equal keys would say nothing about being the same person.
     *
     * @param nameParts given, middle and family names in any order; nulls are skipped
     */
    public static String of(LocalDate birthDate, String... nameParts) {
        String name = name(nameParts);
        return birthDate == null || name.isEmpty() ? null : name + "|" + birthDate;
    }

    /** The normalised, sorted tokens of the name parts joined by single spaces; empty when there are none. */
    public static String name(String... nameParts) {
        List<String> tokens = new ArrayList<>();
        for (String part : nameParts) {
            if (part != null) {
                tokens.addAll(Arrays.asList(normalise(part).split(" ")));
            }
        }
        tokens.removeIf(String::isEmpty);
        tokens.sort(null);
        return String.join(" ", tokens);
    }

    private static String normalise(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(codePoint -> {
            int type = Character.getType(codePoint);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || APOSTROPHES.indexOf(codePoint) >= 0) {
                return;
            }
            if (Character.isLetterOrDigit(codePoint)) {
                out.append(fold(Character.toLowerCase(codePoint)));
            } else {
                out.append(' ');
            }
        });
        return out.toString();
    }

    /** Latin letters that NFKD leaves whole, spelled as people without the key on their keyboard spell them. */
    private static String fold(int codePoint) {
        return switch (codePoint) {
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'ø' -> "o";
            case 'ł' -> "l";
            case 'đ', 'ð' -> "d";
            case 'þ' -> "th";
            case 'ı' -> "i";
            default -> Character.toString(codePoint);
        };
    }
}
