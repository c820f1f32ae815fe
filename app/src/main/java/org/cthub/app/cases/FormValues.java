package org.cthub.app.cases;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cthub.standard.geo.Countries;
import org.cthub.standard.geo.Country;
import org.cthub.standard.geo.IsoLanguage;
import org.cthub.standard.geo.Languages;
import org.springframework.util.MultiValueMap;

/**
 * What a form holds, as typed: each field's values as text, so that a wrong value is shown back exactly as the
 * caseworker typed it. Read from a request, only the fields of the form are taken (an allow-list: a request
 * cannot set what the form does not offer). The typed getters are for values {@link FormCheck} accepted.
 */
final class FormValues {

    /** More values than any checkbox list offers: a request with more is not from the form. */
    private static final int MAX_VALUES = 64;

    private final Map<String, List<String>> values;

    private FormValues(Map<String, List<String>> values) {
        this.values = values;
    }

    /** The values of the fields, stripped, blanks dropped; every other request parameter is ignored. */
    static FormValues read(MultiValueMap<String, String> request, Collection<FormField> fields) {
        Map<String, List<String>> read = new LinkedHashMap<>();
        for (FormField field : fields) {
            List<String> given = request.getOrDefault(field.name(), List.of());
            List<String> kept = given.stream().limit(field.multiple() ? MAX_VALUES : 1)
                    .map(value -> field.kind() == FieldKind.LONG_TEXT ? value.stripTrailing() : value.strip())
                    .filter(value -> !value.isBlank()).toList();
            read.put(field.name(), kept);
        }
        return new FormValues(read);
    }

    static Builder builder() {
        return new Builder();
    }

    /** The first value, or "" when there is none: what a text input shows. */
    public String get(String name) {
        List<String> list = values.getOrDefault(name, List.of());
        return list.isEmpty() ? "" : list.getFirst();
    }

    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** Whether a select's option or a checkbox is chosen. */
    public boolean has(String name, String value) {
        return all(name).contains(value);
    }

    public boolean isEmpty(String name) {
        return all(name).isEmpty();
    }

    /** A copy with one field's values replaced. */
    FormValues with(String name, String value) {
        Map<String, List<String>> copy = new LinkedHashMap<>(values);
        copy.put(name, value == null || value.isBlank() ? List.of() : List.of(value));
        return new FormValues(copy);
    }

    /** These values with the given fields' values taken from {@code other}. */
    FormValues merge(FormValues other, Collection<FormField> fields) {
        Map<String, List<String>> merged = new LinkedHashMap<>(values);
        fields.forEach(field -> merged.put(field.name(), other.all(field.name())));
        return new FormValues(merged);
    }

    String text(FormField field) {
        String value = get(field.name());
        return value.isEmpty() ? null : value;
    }

    LocalDate date(FormField field) {
        String value = get(field.name());
        try {
            return value.isEmpty() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    Integer number(FormField field) {
        String value = get(field.name());
        return value.isEmpty() ? null : Integer.valueOf(value);
    }

    Boolean yesNo(FormField field) {
        return switch (get(field.name())) {
            case "yes" -> Boolean.TRUE;
            case "no" -> Boolean.FALSE;
            default -> null;
        };
    }

    <E extends Enum<E>> E choice(FormField field, Class<E> type) {
        Enum<?> value = field.choiceFor(get(field.name()));
        return value == null ? null : type.cast(value);
    }

    <E extends Enum<E>> Set<E> choices(FormField field, Class<E> type) {
        Set<E> chosen = EnumSet.noneOf(type);
        for (String code : all(field.name())) {
            Enum<?> value = field.choiceFor(code);
            if (value != null) {
                chosen.add(type.cast(value));
            }
        }
        return chosen;
    }

    Country country(FormField field) {
        return country(get(field.name()));
    }

    static Country country(String alpha3) {
        return alpha3.length() == 3 ? Countries.find(alpha3).orElse(null) : null;
    }

    IsoLanguage language(FormField field) {
        String code = get(field.name());
        return code.length() == 3 ? Languages.find(code).orElse(null) : null;
    }

    /** Builds the values a stored record shows in its form. */
    static final class Builder {

        private final Map<String, List<String>> values = new LinkedHashMap<>();

        /** Adds a value in the form's text: dates in ISO form, picklists by code, countries by alpha-3. */
        Builder put(FormField field, Object value) {
            List<String> list = new ArrayList<>();
            if (value instanceof Collection<?> many) {
                many.forEach(item -> add(list, item));
            } else {
                add(list, value);
            }
            values.put(field.name(), List.copyOf(list));
            return this;
        }

        private static void add(List<String> list, Object value) {
            switch (value) {
                case null -> { }
                case Enum<?> constant -> list.add(FormField.code(constant));
                case Country country -> list.add(country.alpha3());
                case IsoLanguage language -> list.add(language.alpha3());
                case Boolean yes -> list.add(yes ? "yes" : "no");
                default -> {
                    if (!value.toString().isBlank()) {
                        list.add(value.toString());
                    }
                }
            }
        }

        FormValues build() {
            return new FormValues(new LinkedHashMap<>(values));
        }
    }
}
