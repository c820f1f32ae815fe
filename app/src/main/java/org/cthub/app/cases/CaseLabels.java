package org.cthub.app.cases;

import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cthub.standard.LabelLanguage;
import org.cthub.standard.Picklist;
import org.cthub.standard.geo.Countries;
import org.cthub.standard.geo.Country;
import org.cthub.standard.geo.IsoLanguage;
import org.cthub.standard.geo.Languages;
import org.cthub.standard.htcds.Address;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Values as people read them, in the language of the request: picklist labels from the standard, country and
 * language names from the ISO catalogues, dates in the local form, and the options of each form field sorted
 * the way the language sorts. Pages get it as {@code labels}.
 */
@Component
class CaseLabels {

    /** A choice of a select, radios or checkboxes. */
    record Option(String value, String label) {
    }

    private final MessageSource messages;
    private final Map<LabelLanguage, List<Option>> countries = new ConcurrentHashMap<>();
    private final Map<LabelLanguage, List<Option>> languages = new ConcurrentHashMap<>();

    CaseLabels(MessageSource messages) {
        this.messages = messages;
    }

    static LabelLanguage language() {
        return LabelLanguage.fromTag(LocaleContextHolder.getLocale().getLanguage()).orElse(LabelLanguage.EN);
    }

    /** The label of a picklist value or of one of CT Hub's own choices; "" for null. */
    public String of(Enum<?> value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Picklist picklist) {
            return picklist.label(language());
        }
        return messages.getMessage("case.option." + value.getDeclaringClass().getSimpleName() + "." + value.name(),
                null, value.name(), LocaleContextHolder.getLocale());
    }

    /** The labels of several values, in the list's order, separated by semicolons. */
    public String all(Collection<? extends Enum<?>> values) {
        return values.stream().sorted(Comparator.comparingInt(Enum::ordinal)).map(this::of)
                .collect(Collectors.joining("; "));
    }

    public String country(Country country) {
        return country == null ? "" : country.name(language());
    }

    /** The name of the country with an alpha-3 code, or the code itself when the catalogue does not know it. */
    public String countryCode(String alpha3) {
        return alpha3 == null ? "" : Countries.find(alpha3).map(this::country).orElse(alpha3);
    }

    public String countries(Collection<Country> list) {
        return list.stream().map(this::country).collect(Collectors.joining("; "));
    }

    /** The open part of a place: town or city, and region. */
    public String place(Address place) {
        return place == null ? "" : Stream.of(place.city(), place.state())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(", "));
    }

    public String language(IsoLanguage language) {
        return language == null ? "" : language.name(language());
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(LocaleContextHolder.getLocale()).format(date);
    }

    /** A moment in UTC, as the audit trail shows it. */
    public String moment(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale()).withZone(ZoneOffset.UTC).format(instant) + " UTC";
    }

    /** The options of a field with a list, sorted by label except for short lists kept in the standard's order. */
    public List<Option> options(FormField field) {
        return switch (field.kind()) {
            case COUNTRY -> countries.computeIfAbsent(language(), language -> sorted(Countries.all(),
                    country -> new Option(country.alpha3(), country.name(language)), language));
            case LANGUAGE -> languages.computeIfAbsent(language(), language -> sorted(Languages.all(),
                    iso -> new Option(iso.alpha3(), iso.name(language)), language));
            case YES_NO -> List.of(new Option("yes", message("case.yes")), new Option("no", message("case.no")));
            case CHOICE, CHOICES -> field.choices().stream()
                    .map(value -> new Option(FormField.code(value), of(value))).toList();
            default -> List.of();
        };
    }

    /** A field's values as the page shows them: labels for codes, joined by semicolons. */
    public String display(FormField field, FormValues values) {
        List<Option> options = options(field);
        return values.all(field.name()).stream().map(value -> options.stream()
                        .filter(option -> option.value().equals(value)).map(Option::label).findFirst().orElse(value))
                .collect(Collectors.joining("; "));
    }

    /** A message of the pages in the user's language. */
    public String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private static <T> List<Option> sorted(List<T> items, Function<T, Option> option, LabelLanguage language) {
        Collator collator = Collator.getInstance(language.locale());
        return items.stream().map(option).sorted(Comparator.comparing(Option::label, collator)).toList();
    }
}
