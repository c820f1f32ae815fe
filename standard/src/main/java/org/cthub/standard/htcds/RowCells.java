package org.cthub.standard.htcds;

import static org.cthub.standard.htcds.MajorityStatus.ADULT;
import static org.cthub.standard.htcds.MajorityStatus.MINOR;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cthub.standard.Picklist;
import org.cthub.standard.geo.Countries;
import org.cthub.standard.geo.Country;
import org.cthub.standard.geo.IsoLanguage;
import org.cthub.standard.geo.Languages;
import org.cthub.standard.validation.ErrorCode;
import org.cthub.standard.validation.Problem;

/**
 * The cells of one row of the HTCDS CSV layout, read as typed values, at one instance of the repeating sections.
 * A cell that cannot be read yields null and a {@link Problem}, so that one pass reports everything wrong with a
 * row. Problems never carry the value of a personal identifier, and messages never quote one.
 */
final class RowCells {

    /** Separates the values of a multi-select cell. */
    static final String SEPARATOR = ";";

    private static final Set<String> YES = Set.of("true", "yes", "1", "si", "oui");
    private static final Set<String> NO = Set.of("false", "no", "0", "non");
    private static final BigDecimal MAX_INT = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final Pattern AGE_RANGE = Pattern.compile("(\\d{1,3})\\s*(?:--?|–|—)\\s*(\\d{1,3})");
    private static final Pattern AGE_OPEN = Pattern.compile("(\\d{1,3})\\s*\\+");
    private static final Map<String, MajorityStatus> MAJORITY = Map.of("adult", ADULT, "adulto", ADULT,
            "adulta", ADULT, "adulte", ADULT, "minor", MINOR, "menor", MINOR, "mineur", MINOR, "mineure", MINOR);

    private final long row;
    private final Map<HtcdsColumn, String> cells;
    private final List<Problem> problems;
    private final int instance;

    private RowCells(long row, Map<HtcdsColumn, String> cells, List<Problem> problems, int instance) {
        this.row = row;
        this.cells = cells;
        this.problems = problems;
        this.instance = instance;
    }

    /** The non-blank cells of the columns the layout keeps, stripped; others are the header check's business. */
    static RowCells of(long row, Map<String, String> cellsByName) {
        Map<HtcdsColumn, String> cells = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        cellsByName.forEach((name, value) -> {
            if (value == null || value.isBlank()) {
                return;
            }
            HtcdsColumn.parse(name).filter(column -> HtcdsLayout.keeps(column.field())).ifPresent(column -> {
                String previous = cells.putIfAbsent(column, value.strip());
                if (previous != null && !previous.equals(value.strip())) {
                    problems.add(new Problem(row, column.name(), ErrorCode.E2007_DUPLICATE_COLUMN, null,
                            "Two columns name " + column.name() + " and hold different values. Keep one."));
                }
            });
        });
        return new RowCells(row, cells, problems, 1);
    }

    RowCells instance(int number) {
        return new RowCells(row, cells, problems, number);
    }

    /** The instance numbers of a repeating group that hold at least one value, in order. */
    SortedSet<Integer> instances(HtcdsLayout.Group group) {
        return cells.keySet().stream().filter(column -> group.fields().contains(column.field()))
                .map(HtcdsColumn::instance).collect(Collectors.toCollection(TreeSet::new));
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    String text(HtcdsField field) {
        return cells.get(new HtcdsColumn(field, instance));
    }

    LocalDate date(HtcdsField field) {
        return read(field, text -> {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException notIso) {
                return Optional.empty();
            }
        }, ErrorCode.E1005_INVALID_DATE, "Not a date. " + AcceptedValues.DATE);
    }

    Boolean checkbox(HtcdsField field) {
        return read(field, text -> {
            String key = MatchKey.of(text);
            return YES.contains(key) ? Optional.of(Boolean.TRUE)
                    : NO.contains(key) ? Optional.of(Boolean.FALSE) : Optional.empty();
        }, ErrorCode.E1010_INVALID_BOOLEAN, "Not yes or no. " + AcceptedValues.CHECKBOX);
    }

    /** A count or a year; {@code 3.0}, as spreadsheets write whole numbers, is 3. */
    Integer wholeNumber(HtcdsField field) {
        return read(field, text -> decimal(text)
                .filter(number -> number.signum() >= 0 && number.compareTo(MAX_INT) <= 0
                        && number.stripTrailingZeros().scale() <= 0)
                .map(BigDecimal::intValueExact), ErrorCode.E1009_INVALID_NUMBER,
                "Not a whole number. " + AcceptedValues.WHOLE_NUMBER);
    }

    Double coordinate(HtcdsField field, String what, int limit) {
        return read(field, text -> decimal(text)
                .filter(number -> number.abs().compareTo(BigDecimal.valueOf(limit)) <= 0)
                .map(BigDecimal::doubleValue), ErrorCode.E1009_INVALID_NUMBER,
                "Not a " + what + ". " + AcceptedValues.coordinate(what, limit));
    }

    <E extends Enum<E> & Picklist> E one(HtcdsField field, Class<E> picklist) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        Optional<E> value = Picklists.parse(picklist, text);
        if (value.isEmpty()) {
            ParsedValues<E> parts = Picklists.parseAll(picklist, text, SEPARATOR);
            boolean several = parts.isComplete() && parts.values().size() > 1;
            report(field, several ? ErrorCode.E1013_SEVERAL_VALUES : ErrorCode.E1002_UNKNOWN_VALUE, text,
                    (several ? field + " holds one value. " : "Not a value of " + picklist.getSimpleName() + ". ")
                            + AcceptedValues.picklist(picklist));
        }
        return value.orElse(null);
    }

    <E extends Enum<E> & Picklist> Set<E> many(HtcdsField field, Class<E> picklist) {
        String text = text(field);
        ParsedValues<E> parsed = Picklists.parseAll(picklist, text, SEPARATOR);
        if (!parsed.isComplete()) {
            String name = picklist.getSimpleName();
            report(field, ErrorCode.E1002_UNKNOWN_VALUE, text, notRecognised(field, parsed.unmatched(),
                    "a value of " + name, "values of " + name) + AcceptedValues.picklist(picklist) + " "
                    + AcceptedValues.separated("values"));
        }
        return parsed.values();
    }

    Country country(HtcdsField field) {
        return one(field, Countries::find, ErrorCode.E1003_UNKNOWN_COUNTRY, "country", AcceptedValues.COUNTRY);
    }

    List<Country> countries(HtcdsField field) {
        return many(field, Countries::find, ErrorCode.E1003_UNKNOWN_COUNTRY, "a country", "countries",
                AcceptedValues.COUNTRY);
    }

    IsoLanguage language(HtcdsField field) {
        return one(field, Languages::find, ErrorCode.E1004_UNKNOWN_LANGUAGE, "language", AcceptedValues.LANGUAGE);
    }

    AgeBand ageBand(HtcdsField field) {
        return read(field, RowCells::ageBand, ErrorCode.E1002_UNKNOWN_VALUE,
                "Not an age band. " + AcceptedValues.ageBand());
    }

    MajorityStatus majorityStatus(HtcdsField field) {
        return read(field, text -> Optional.ofNullable(MAJORITY.get(MatchKey.of(text))),
                ErrorCode.E1002_UNKNOWN_VALUE, "Not a majority status. " + AcceptedValues.MAJORITY_STATUS);
    }

    private <T> T read(HtcdsField field, Function<String, Optional<T>> parser, ErrorCode code, String message) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        Optional<T> value = parser.apply(text);
        if (value.isEmpty()) {
            report(field, code, text, message);
        }
        return value.orElse(null);
    }

    /** A single value found by {@code finder}; a cell listing several valid ones is reported as such. */
    private <T> T one(HtcdsField field, Function<String, Optional<T>> finder, ErrorCode code, String what,
                      String accepted) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        Optional<T> value = finder.apply(text);
        if (value.isEmpty()) {
            List<String> parts = split(text);
            boolean several = parts.size() > 1 && parts.stream().allMatch(part -> finder.apply(part).isPresent());
            report(field, several ? ErrorCode.E1013_SEVERAL_VALUES : code, text,
                    (several ? field + " holds one " + what + ". " : "Not a " + what + ". ") + accepted);
        }
        return value.orElse(null);
    }

    private <T> List<T> many(HtcdsField field, Function<String, Optional<T>> finder, ErrorCode code, String one,
                             String several, String accepted) {
        String text = text(field);
        if (text == null) {
            return List.of();
        }
        Set<T> values = new LinkedHashSet<>();
        List<String> unmatched = new ArrayList<>();
        for (String part : split(text)) {
            finder.apply(part).ifPresentOrElse(values::add, () -> unmatched.add(part));
        }
        if (!unmatched.isEmpty()) {
            report(field, code, text, notRecognised(field, unmatched, one, several) + accepted + " "
                    + AcceptedValues.separated(several));
        }
        return List.copyOf(values);
    }

    private void report(HtcdsField field, ErrorCode code, String text, String message) {
        String column = new HtcdsColumn(field, instance).name();
        problems.add(new Problem(row, column, code, org.cthub.standard.validation.Echo.value(field, text), message));
    }

    /** Names the parts not understood, unless they belong to a personal identifier. */
    private static String notRecognised(HtcdsField field, List<String> parts, String one, String several) {
        if (parts.stream().anyMatch(part -> org.cthub.standard.validation.Echo.value(field, part) == null)) {
            return (parts.size() == 1 ? "A part is not " + one : "Some parts are not " + several) + ". ";
        }
        String quoted = parts.stream().map(part -> "'" + part + "'").collect(Collectors.joining(", "));
        return quoted + (parts.size() == 1 ? " is not " + one : " are not " + several) + ". ";
    }

    private static List<String> split(String text) {
        return Pattern.compile(Pattern.quote(SEPARATOR)).splitAsStream(text).map(String::strip)
                .filter(part -> !part.isEmpty()).toList();
    }

    private static Optional<BigDecimal> decimal(String text) {
        try {
            return Optional.of(new BigDecimal(text));
        } catch (NumberFormatException notDecimal) {
            return Optional.empty();
        }
    }

    private static Optional<AgeBand> ageBand(String text) {
        Matcher range = AGE_RANGE.matcher(text);
        Matcher open = AGE_OPEN.matcher(text);
        boolean isRange = range.matches();
        boolean isOpen = open.matches();
        for (AgeBand band : AgeBand.values()) {
            boolean matches = band.name().equalsIgnoreCase(text)
                    || isRange && band.from() == Integer.parseInt(range.group(1))
                            && band.to() == Integer.parseInt(range.group(2))
                    || isOpen && band.to() == Integer.MAX_VALUE && band.from() == Integer.parseInt(open.group(1));
            if (matches) {
                return Optional.of(band);
            }
        }
        return Optional.empty();
    }
}
