package org.cthub.store.casework;

import java.time.LocalDate;
import java.util.Locale;
import org.cthub.store.users.Users;

/**
 * The argument checks the repositories share. Messages name the field and what is accepted, never the value
 * given, because a value may be a name or a date of birth typed in the wrong field.
 */
final class Checks {

    static final int MAX_USERNAME = 100;
    static final int MAX_PAGE = 500;

    private Checks() {
    }

    /** The acting user as given, stripped: also {@code system} or a job's name, not only accounts. */
    static String actor(String actor) {
        if (actor == null || actor.isBlank() || actor.strip().length() > MAX_USERNAME) {
            throw new IllegalArgumentException("actor must name the acting user in 1 to " + MAX_USERNAME
                    + " characters");
        }
        return actor.strip();
    }

    /** A username as {@link Users} stores it: trimmed and lower case. */
    static String username(String field, String username) {
        if (username == null || username.isBlank() || username.strip().length() > MAX_USERNAME) {
            throw new IllegalArgumentException(field + " must name a user in 1 to " + MAX_USERNAME + " characters");
        }
        return username.strip().toLowerCase(Locale.ROOT);
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    /** Optional text, stripped, null when blank. */
    static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new IllegalArgumentException(field + " is longer than " + maxLength + " characters");
        }
        return stripped;
    }

    static String requiredText(String field, String value, int maxLength) {
        return required(field, text(field, value, maxLength));
    }

    static LocalDate notAfter(String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            throw new IllegalArgumentException(field + " cannot be in the future");
        }
        return date;
    }

    static void page(int limit, int offset) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_PAGE);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset cannot be negative");
        }
    }
}
