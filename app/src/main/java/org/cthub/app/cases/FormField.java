package org.cthub.app.cases;

import java.util.List;
import java.util.Objects;
import org.cthub.standard.Picklist;

/**
 * One field of a case form. Its name is the request parameter, the element id the error summary links to,
 * and the end of its message keys: {@code case.field.NAME} is the label, {@code case.field.NAME.hint} the
 * optional hint.
 *
 * @param max the longest text, or the largest whole number
 * @param choices the values a CHOICE or CHOICES field accepts, in the order offered
 * @param radios whether a CHOICE is shown as radios (short lists) rather than a select
 */
record FormField(String name, FieldKind kind, boolean required, int max, List<Enum<?>> choices, boolean radios) {

    static final int NAME_LENGTH = 100;
    static final int TEXT_LENGTH = 200;

    FormField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        choices = List.copyOf(choices);
    }

    static FormField text(String name, int max) {
        return new FormField(name, FieldKind.TEXT, false, max, List.of(), false);
    }

    static FormField longText(String name, int max) {
        return new FormField(name, FieldKind.LONG_TEXT, false, max, List.of(), false);
    }

    static FormField of(String name, FieldKind kind) {
        return new FormField(name, kind, false, TEXT_LENGTH, List.of(), false);
    }

    static FormField number(String name, int max) {
        return new FormField(name, FieldKind.WHOLE_NUMBER, false, max, List.of(), false);
    }

    static FormField choice(String name, Enum<?>... values) {
        return new FormField(name, FieldKind.CHOICE, false, 0, List.of(values), values.length <= 4);
    }

    static FormField choices(String name, Enum<?>... values) {
        return new FormField(name, FieldKind.CHOICES, false, 0, List.of(values), false);
    }

    FormField mandatory() {
        return new FormField(name, kind, true, max, choices, radios);
    }

    /** Whether several values may be chosen. */
    public boolean multiple() {
        return kind == FieldKind.CHOICES;
    }

    /** The type of the input element that edits the field, or null when it is not an input. */
    public String inputType() {
        return switch (kind) {
            case TEXT, WHOLE_NUMBER -> "text";
            case EMAIL -> "email";
            case PHONE -> "tel";
            case DATE -> "date";
            default -> null;
        };
    }

    public boolean asTextarea() {
        return kind == FieldKind.LONG_TEXT;
    }

    public boolean asSelect() {
        return kind == FieldKind.COUNTRY || kind == FieldKind.LANGUAGE || kind == FieldKind.CHOICE && !radios;
    }

    public boolean asRadios() {
        return kind == FieldKind.YES_NO || kind == FieldKind.CHOICE && radios;
    }

    public boolean asCheckboxes() {
        return kind == FieldKind.CHOICES;
    }

    /** Whether a number is typed: the keyboard of a phone shows digits (GOV.UK's advice over type=number). */
    public boolean numeric() {
        return kind == FieldKind.WHOLE_NUMBER;
    }

    /** The code a form sends for a value: the standard's value name for picklists, the constant's name otherwise. */
    static String code(Enum<?> value) {
        return value instanceof Picklist picklist ? picklist.valueName() : value.name();
    }

    /** The value of this field's choices with the code, or null. */
    Enum<?> choiceFor(String code) {
        for (Enum<?> value : choices) {
            if (code(value).equals(code)) {
                return value;
            }
        }
        return null;
    }
}
