package org.cthub.standard.validation;

import java.util.regex.Pattern;
import org.cthub.standard.htcds.HtcdsField;

/**
 * What a problem report may quote back from the file. Reports reach screens, terminals and e-mails, and a
 * shifted column or a wrong mapping puts a name, a phone number or a shelter's address into any field, so
 * only short values of closed vocabularies are quoted (a picklist value, a country, a date, a number), never
 * free text or identifiers, and never anything that looks like a phone number, an e-mail or a street address
 * (letters mixed with digits). The trade-off, knowingly kept: a one-word name shifted into a picklist column is
 * quoted, because "Pending is not a case status" is what lets a data manager fix the usual mistakes, and the
 * report goes to the organisation that holds the file.
 */
public final class Echo {

    static final int MAX_QUOTED_CHARS = 40;
    static final int MAX_QUOTED_DATE_CHARS = 20;
    private static final Pattern CONTACT_LIKE = Pattern.compile(".*(\\d{5,}|@).*");
    private static final Pattern LETTERS_AND_DIGITS = Pattern.compile("(?=.*\\p{L})(?=.*\\d).*");
    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z]{2,4}_[A-Za-z0-9_]{1,80}");
    private static final Pattern HXL_TAG = Pattern.compile("#[A-Za-z0-9_]+(\\+[A-Za-z0-9_]+)*");

    private Echo() {
    }

    /** The value to quote in a problem about this field, or null when it must not be quoted. */
    public static String value(HtcdsField field, String value) {
        if (field == null || value == null || field.isPersonalIdentifier()) {
            return null;
        }
        return switch (field.type()) {
            case TEXT, LONG_TEXT, GEO -> null;
            // "April 2023" or "1e400" are the usual malformed dates and numbers; an address does not fit in 20.
            case DATE, NUMBER -> value.length() > MAX_QUOTED_DATE_CHARS || CONTACT_LIKE.matcher(value).matches()
                    ? null : value;
            default -> value.length() > MAX_QUOTED_CHARS || CONTACT_LIKE.matcher(value).matches()
                    || LETTERS_AND_DIGITS.matcher(value).matches() ? null : value;
        };
    }

    /**
     * A column heading to quote, or null. A file without a header row has data where its headings should be,
     * so only headings shaped like field names ({@code prs_Gender}) or HXL hashtags are quoted.
     */
    public static String heading(String heading) {
        if (heading == null) {
            return null;
        }
        String stripped = heading.strip();
        return FIELD_NAME.matcher(stripped).matches() || HXL_TAG.matcher(stripped).matches() ? stripped : null;
    }
}
