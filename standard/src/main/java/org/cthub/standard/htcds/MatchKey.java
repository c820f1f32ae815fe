package org.cthub.standard.htcds;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form in which picklist text is compared, so that "Trabajo forzoso", "TRABAJO-FORZOSO" and
 * "trabajo  forzoso." meet: decomposed (NFD), without combining marks, lower case, letters and digits only.
 */
final class MatchKey {

    private MatchKey() {
    }

    static String of(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }
}
