package org.cthub.ingest.mapping;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A source column's date format, a {@link DateTimeFormatter} pattern such as {@code dd/MM/yyyy}, read
 * strictly: {@code 31/02/1990} is refused, not moved to March. Text already in ISO form ({@code 1990-05-31},
 * as XLSX date cells come) is accepted too, and a time of day is ignored.
 */
final class DatePattern {

    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T.*)?");
    private static final Pattern TWO_DIGIT_YEAR = Pattern.compile("(?<![yu])[yu]{2}(?![yu])");
    private static final LocalDateTime PROBE = LocalDateTime.of(2001, 2, 3, 4, 5, 6);

    private final String pattern;
    private final DateTimeFormatter formatter;

    private DatePattern(String pattern, DateTimeFormatter formatter) {
        this.pattern = pattern;
        this.formatter = formatter;
    }

    /**
     * @param pattern a {@link DateTimeFormatter} pattern with day, month and a four-digit year
     * @param locale the language of month names, if the pattern has them
     * @throws IllegalArgumentException with a message for the spec's author when the pattern is not one
     */
    static DatePattern of(String pattern, Locale locale) {
        String unquoted = pattern.replaceAll("'[^']*'", "");
        if (TWO_DIGIT_YEAR.matcher(unquoted).find()) {
            throw new IllegalArgumentException("two-digit years are ambiguous (is 25 1925 or 2025?); use yyyy");
        }
        DateTimeFormatter formatter;
        try {
            formatter = new DateTimeFormatterBuilder().parseCaseInsensitive()
                    .appendPattern(prolepticYears(pattern)).toFormatter(locale)
                    .withChronology(IsoChronology.INSTANCE).withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a java.time date pattern (" + e.getMessage() + ")");
        }
        try {
            LocalDate roundTrip = formatter.parse(formatter.format(PROBE), LocalDate::from);
            if (!roundTrip.equals(PROBE.toLocalDate())) {
                throw new IllegalArgumentException("does not read back the date it writes");
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("must name a whole date: day (dd), month (MM) and year (yyyy)");
        }
        return new DatePattern(pattern, formatter);
    }

    /** Strict resolving needs {@code u} (proleptic year), not {@code y} (year of era, which needs an era). */
    private static String prolepticYears(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            quoted ^= c == '\'';
            out.append(!quoted && c == 'y' ? 'u' : c);
        }
        return out.toString();
    }

    /** The ISO date ({@code yyyy-MM-dd}) of a source value, or empty when it is no date in this format. */
    Optional<String> toIso(String text) {
        String value = text.strip();
        try {
            if (ISO.matcher(value).matches()) {
                return Optional.of(LocalDate.parse(value.substring(0, 10)).toString());
            }
            return Optional.of(formatter.parse(value, LocalDate::from).toString());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    String pattern() {
        return pattern;
    }
}
