package org.cthub.ingest.table;

import java.util.List;

/** How a cell's text is cleaned: surrounding white space, no-break spaces included, is not data. */
final class CellText {

    private CellText() {
    }

    /** The text without surrounding white space (Unicode white space and no-break spaces); never null. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        // An apostrophe before = + - @ is the spreadsheet's escape (CT Hub's exports write it so that a cell
        // is never run as a formula), not part of the value: reading drops it, so an export imports back as is.
        if (end - start >= 2 && text.charAt(start) == '\'' && "=+-@".indexOf(text.charAt(start + 1)) >= 0) {
            start++;
        }
        return start == 0 && end == text.length() ? text : text.substring(start, end);
    }

    static boolean isBlank(String text) {
        return clean(text).isEmpty();
    }

    /** The index of the last cell that is not blank, or -1. */
    static int lastNonBlank(List<String> cells) {
        for (int i = cells.size() - 1; i >= 0; i--) {
            if (!isBlank(cells.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
