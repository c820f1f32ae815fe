package org.cthub.app.cases;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.regex.Pattern;
import org.cthub.standard.geo.Languages;

/**
 * The checks every field gets from its kind, with messages that say what to fix (GOV.UK's error message
 * pattern): a real date not in the future, a whole number in range, a value from the list, text not too long,
 * and something in each required field.
 */
final class FormCheck {

    /** Dates before this are typing mistakes, not birth or registration dates. */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");

    private FormCheck() {
    }

    /** The problems of the values of these fields; today is the latest date accepted. */
    static FormErrors check(Collection<FormField> fields, FormValues values, LocalDate today) {
        FormErrors errors = new FormErrors();
        for (FormField field : fields) {
            if (values.isEmpty(field.name())) {
                if (field.required()) {
                    errors.add(field.name(), "case.error.required." + field.name());
                }
                continue;
            }
            check(field, values, today, errors);
        }
        return errors;
    }

    private static void check(FormField field, FormValues values, LocalDate today, FormErrors errors) {
        String value = values.get(field.name());
        String name = field.name();
        switch (field.kind()) {
            case TEXT, LONG_TEXT, PHONE -> {
                if (value.length() > field.max()) {
                    errors.add(name, "case.error.tooLong", field.max());
                }
            }
            case EMAIL -> {
                if (value.length() > field.max() || !EMAIL.matcher(value).matches()) {
                    errors.add(name, "case.error.email");
                }
            }
            case DATE -> checkDate(name, value, today, errors);
            case WHOLE_NUMBER -> {
                if (!DIGITS.matcher(value).matches() || Integer.parseInt(value) > field.max()) {
                    errors.add(name, "case.error.number", 0, field.max());
                }
            }
            case CHOICE, CHOICES -> {
                if (values.all(name).stream().anyMatch(code -> field.choiceFor(code) == null)) {
                    errors.add(name, "case.error.choice");
                }
            }
            case COUNTRY -> {
                if (FormValues.country(value) == null) {
                    errors.add(name, "case.error.choice");
                }
            }
            case LANGUAGE -> {
                if (value.length() != 3 || Languages.find(value).isEmpty()) {
                    errors.add(name, "case.error.choice");
                }
            }
            case YES_NO -> {
                if (!value.equals("yes") && !value.equals("no")) {
                    errors.add(name, "case.error.choice");
                }
            }
        }
    }

    private static void checkDate(String name, String value, LocalDate today, FormErrors errors) {
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(name, "case.error.date");
            return;
        }
        if (date.isBefore(EARLIEST)) {
            errors.add(name, "case.error.date");
        } else if (date.isAfter(today)) {
            errors.add(name, "case.error.future");
        }
    }
}
