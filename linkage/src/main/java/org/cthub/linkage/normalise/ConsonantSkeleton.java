package org.cthub.linkage.normalise;

/**
 * The consonant skeleton of a romanised name, which rescues the many Latin spellings of Arabic names.
 *
 * <p>Arabic script usually leaves short vowels unwritten, so a machine romanisation of محمد is "mhmd" while
 * people write Mohammed, Muhammad or Mohamad. Dropping vowels and the semi-vowels w and y, folding letters
 * Arabic does not distinguish (p/b, v/f, q/k, c/k) and collapsing doubled letters gives all of them "mhmd".
 * The idea follows the vowel-dropping step of Soundex-like keys for Arabic names (Aqeel, Beitzel, Jensen,
 * Grossman and Frieder 2006, "On the development of name search techniques for Arabic", JASIST 57(6)).
 */
public final class ConsonantSkeleton {

    private ConsonantSkeleton() {
    }

    /**
     * @param normalised a value already passed through {@link TextNormaliser} (lower-case ASCII)
     * @return the skeleton of each token, tokens separated by single spaces; empty for {@code null}
     */
    public static String of(String normalised) {
        if (normalised == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(normalised.length());
        char last = ' ';
        for (int i = 0; i < normalised.length(); i++) {
            char c = fold(normalised.charAt(i));
            if (c == 0 || c == last) {
                continue;
            }
            if (c == ' ' && (out.isEmpty() || last == ' ')) {
                continue;
            }
            out.append(c);
            last = c;
        }
        int end = out.length();
        return end > 0 && out.charAt(end - 1) == ' ' ? out.substring(0, end - 1) : out.toString();
    }

    private static char fold(char c) {
        return switch (c) {
            case 'a', 'e', 'i', 'o', 'u', 'y', 'w' -> 0;
            case 'p' -> 'b';
            case 'v' -> 'f';
            case 'q', 'c' -> 'k';
            default -> c;
        };
    }
}
