package org.cthub.linkage.normalise;

/**
 * A date split into its components so that dates can agree in part: same year, or day and month swapped.
 * Any component may be unknown (0).
 *
 * @param year  four-digit year, 0 when unknown
 * @param month 1-12, 0 when unknown
 * @param day   1-31, 0 when unknown
 */
public record DateParts(int year, int month, int day) {

    /** No date. */
    public static final DateParts UNKNOWN = new DateParts(0, 0, 0);

    /** @return whether no component is known */
    public boolean isUnknown() {
        return year == 0 && month == 0 && day == 0;
    }

    /**
     * Reads {@code yyyymmdd}, {@code yyyy-mm-dd} (or {@code /} and {@code .}), {@code dd/mm/yyyy} and a bare year.
     * Components out of range are kept as given, because a typing error is evidence too.
     *
     * @param value the text of a date; {@code null} or unreadable text gives {@link #UNKNOWN}
     * @return the components
     */
    public static DateParts parse(String value) {
        if (value == null) {
            return UNKNOWN;
        }
        String text = value.strip();
        if (text.matches("\\d{8}")) {
            return of(text.substring(0, 4), text.substring(4, 6), text.substring(6, 8));
        }
        if (text.matches("\\d{4}")) {
            return of(text, "0", "0");
        }
        String[] parts = text.split("[-/. ]+");
        if (parts.length == 3 && String.join("", parts).matches("\\d+")) {
            return parts[0].length() == 4 ? of(parts[0], parts[1], parts[2]) : of(parts[2], parts[1], parts[0]);
        }
        return UNKNOWN;
    }

    /** @return {@code yyyymmdd} with zeros for unknown components */
    public String compact() {
        return String.format("%04d%02d%02d", year, month, day);
    }

    private static DateParts of(String year, String month, String day) {
        return new DateParts(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    }
}
