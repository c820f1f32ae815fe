package org.cthub.linkage.normalise;

import com.ibm.icu.text.Transliterator;
import java.util.Arrays;
import java.util.Locale;

/**
 * Brings names and places from any script to a comparable lower-case ASCII form.
 *
 * <p>Non-Latin scripts (Arabic, Cyrillic, Greek, Hebrew, CJK, ...) are romanised with ICU's
 * {@code Any-Latin; Latin-ASCII} transform, which also strips accents; punctuation becomes a space and runs of
 * spaces collapse. {@link #name} also sorts the tokens, so "Ali Hassan" and "Hassan, Ali" agree (Christen 2012,
 * <i>Data Matching</i>, section 3.2). Thread-safe: ICU transliterators are not, so each thread holds its own.
 */
public final class TextNormaliser {

    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    private TextNormaliser() {
    }

    /**
     * Lower-case ASCII letters and digits separated by single spaces, token order kept.
     *
     * @param value any text; {@code null} is treated as empty
     * @return the normal form, empty when nothing comparable is left
     */
    public static String text(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String latin = isAscii(value) ? value : TO_LATIN.get().transliterate(value);
        StringBuilder out = new StringBuilder(latin.length());
        boolean space = true;
        for (int i = 0; i < latin.length(); i++) {
            char c = Character.toLowerCase(latin.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
                space = false;
            } else if (!space && c != '\'' && c != '\u02bc' && c != '\u02bf') {
                // apostrophes (and ICU's hamza/ayn signs) join: "O'Brien" = "obrien"
                out.append(' ');
                space = true;
            }
        }
        int end = out.length();
        return (end > 0 && out.charAt(end - 1) == ' ' ? out.substring(0, end - 1) : out.toString())
                .toLowerCase(Locale.ROOT);
    }

    /**
     * The normal form of a person's name: {@link #text} with tokens sorted, so name order does not matter.
     *
     * @param value a name in any script; {@code null} is treated as empty
     * @return sorted tokens separated by single spaces
     */
    public static String name(String value) {
        String text = text(value);
        if (text.indexOf(' ') < 0) {
            return text;
        }
        String[] tokens = text.split(" ");
        Arrays.sort(tokens);
        return String.join(" ", tokens);
    }

    private static boolean isAscii(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
