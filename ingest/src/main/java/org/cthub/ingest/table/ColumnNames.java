package org.cthub.ingest.table;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How column names are compared and how an unnamed column is named. */
final class ColumnNames {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ColumnNames() {
    }

    /**
     * The key two names are compared by: Unicode NFC, case folded, runs of white space as one space. So
     * {@code "Nº de  caso"} and {@code "nº de caso"} name the same column; accents still count.
     */
    static String key(String name) {
        String composed = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
        return SPACES.matcher(composed).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** The spreadsheet letter of a 0-based column index: 0 is A, 25 is Z, 26 is AA. */
    static String letter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    /** The 0-based index of a spreadsheet column's letters such as {@code AB}, or -1 if there are none. */
    static int index(CharSequence letters) {
        int index = 0;
        int count = 0;
        for (int i = 0; i < letters.length() && Character.isLetter(letters.charAt(i)); i++, count++) {
            index = index * 26 + (Character.toUpperCase(letters.charAt(i)) - 'A' + 1);
        }
        return count == 0 ? -1 : index - 1;
    }

    /** The name given to a column whose header cell is blank, such as {@code (column D)}. */
    static String unnamed(int index) {
        return "(column " + letter(index) + ")";
    }
}
