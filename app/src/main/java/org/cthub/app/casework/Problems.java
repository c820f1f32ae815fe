package org.cthub.app.casework;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * Reads the values of a submitted form and collects what is wrong with them, in the order of the form's fields,
 * as the error summary lists them. Each problem names the id of its field so that the summary links to it.
 * Values arrive as text and are parsed here, so that a mistyped date is a message next to the field, not a
 * 400 page.
 */
final class Problems {

    private record Problem(String field, String key, Object[] args) {
    }

    private final List<Problem> problems = new ArrayList<>();

    /** Adds a problem with the field whose id is given, as a message key of {@code messages/casework}. */
    Problems add(String field, String key, Object... args) {
        problems.add(new Problem(field, key, args));
        return this;
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** A date typed as {@code yyyy-MM-dd} (what a date input sends), or null when blank or not a date. */
    LocalDate date(String field, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                add(field, "casework.form.date.missing");
            }
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            add(field, "casework.form.date.invalid");
            return null;
        }
    }

    /** A choice among an enum's constants, or null when none or an unknown one was sent. */
    <E extends Enum<E>> E choice(String field, Class<E> type, String name, String missingKey) {
        if (name != null) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    return constant;
                }
            }
        }
        add(field, missingKey);
        return null;
    }

    /** Text stripped, or null when blank; a problem when longer than the store keeps. */
    String text(String field, String text, int maxLength) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > maxLength) {
            add(field, "casework.form.text.tooLong", maxLength);
        }
        return stripped;
    }

    /** Field id to message in the user's language, in the order the problems were found; the first per field. */
    Map<String, String> resolve(MessageSource messages, Locale locale) {
        Map<String, String> resolved = new LinkedHashMap<>();
        for (Problem problem : problems) {
            resolved.putIfAbsent(problem.field(), messages.getMessage(problem.key(), problem.args(), locale));
        }
        return resolved;
    }
}
