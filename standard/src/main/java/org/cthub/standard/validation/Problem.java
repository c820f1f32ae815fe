package org.cthub.standard.validation;

import java.util.Objects;

/**
 * One thing wrong with one field of one row, reported to the person who can fix it.
 *
 * @param row the 1-based data row in the source file (the header is row 0); 0 when not tied to a row
 * @param field the field's name as the user knows it (an HTCDS name such as {@code prs_Gender}, or the
 *     source column), or null when the problem concerns the whole row
 * @param code the stable error code
 * @param value the offending value as read, or null; never a personal identifier (see {@link ErrorCode})
 * @param message what is wrong and what would be accepted, in English
 */
public record Problem(long row, String field, ErrorCode code, String value, String message) {

    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
