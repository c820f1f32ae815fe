package org.cthub.standard.ctdc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.cthub.standard.geo.Countries;
import org.cthub.standard.geo.Country;
import org.cthub.standard.htcds.AgeBand;
import org.cthub.standard.htcds.MajorityStatus;
import org.cthub.standard.validation.ErrorCode;
import org.cthub.standard.validation.Problem;

/**
 * Reads the cells of one CTDC data row, collecting a {@link Problem} for every cell it cannot read. Cells are
 * trimmed and compared case-insensitively; an absent column reads as an empty cell (the header is checked
 * separately).
 */
final class RowReader {

    private static final Map<String, AgeBand> AGE_BANDS = ageBands();
    private static final Map<String, MajorityStatus> MAJORITY =
            labels(MajorityStatus.values(), MajorityStatus::ctdcLabel);

    private final long row;
    private final Map<String, String> cells;
    private final Set<String> missingWords;
    private final List<Problem> problems = new ArrayList<>();

    /** @param missingWords cell values that mean "missing" besides the empty cell, such as {@code NULL} */
    RowReader(long row, Map<String, String> cells, Set<String> missingWords) {
        if (cells == null) {
            throw new IllegalArgumentException("A row needs its cells");
        }
        this.row = row;
        this.cells = cells;
        this.missingWords = missingWords;
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    boolean has(String column) {
        return cells.containsKey(column);
    }

    String text(String column) {
        String value = cells.get(column);
        String stripped = value == null ? "" : value.strip();
        return missingWords.contains(stripped) ? "" : stripped;
    }

    /** A binary cell: {@code 1} is yes; {@code 0} and empty are read alike as "not flagged". */
    boolean flag(String column) {
        String value = text(column);
        if (value.equals("1")) {
            return true;
        }
        if (!value.isEmpty() && !value.equals("0")) {
            problem(column, ErrorCode.E1010_INVALID_BOOLEAN, value, "Expected 1 (yes), 0 or an empty cell");
        }
        return false;
    }

    <E extends Enum<E> & CtdcFlag> Set<E> flags(Class<E> group) {
        Set<E> flagged = EnumSet.noneOf(group);
        for (E flag : group.getEnumConstants()) {
            if (flag(flag.column())) {
                flagged.add(flag);
            }
        }
        return flagged;
    }

    Integer year(String column) {
        String value = text(column);
        if (value.isEmpty()) {
            return null;
        }
        if (value.matches("\\d{4}") && Integer.parseInt(value) >= 1990 && Integer.parseInt(value) <= 2100) {
            return Integer.valueOf(value);
        }
        problem(column, ErrorCode.E1009_INVALID_NUMBER, value, "Expected a year such as 2019, or an empty cell");
        return null;
    }

    /** One value of a closed list, given as label → value; null for an empty cell. */
    <E> E oneOf(String column, Map<String, E> accepted) {
        String value = text(column);
        if (value.isEmpty()) {
            return null;
        }
        E found = accepted.get(value.toLowerCase(Locale.ROOT));
        if (found == null) {
            problem(column, ErrorCode.E1002_UNKNOWN_VALUE, value, "Expected one of " + listing(accepted.keySet()));
        }
        return found;
    }

    /** Several values of a closed list joined by {@code ;}. */
    <E extends Enum<E>> Set<E> manyOf(String column, Class<E> type, Map<String, E> accepted) {
        Set<E> values = EnumSet.noneOf(type);
        String value = text(column);
        if (value.isEmpty()) {
            return values;
        }
        for (String part : value.split(";")) {
            E found = accepted.get(part.strip().toLowerCase(Locale.ROOT));
            if (found == null) {
                problem(column, ErrorCode.E1002_UNKNOWN_VALUE, value,
                        "Expected one or more of " + listing(accepted.keySet()) + ", separated by ;");
                return EnumSet.noneOf(type);
            }
            values.add(found);
        }
        return values;
    }

    AgeBand ageBand(String column) {
        return oneOf(column, AGE_BANDS);
    }

    MajorityStatus majority(String column) {
        return oneOf(column, MAJORITY);
    }

    /** A country by its ISO 3166-1 code only (alpha-2 or alpha-3), never by a name or alias. */
    Country country(String column, boolean alpha3) {
        String value = text(column);
        if (value.isEmpty()) {
            return null;
        }
        Optional<Country> found = Countries.find(value)
                .filter(country -> (alpha3 ? country.alpha3() : country.alpha2()).equalsIgnoreCase(value));
        if (found.isEmpty()) {
            problem(column, ErrorCode.E1003_UNKNOWN_COUNTRY, value, alpha3
                    ? "Expected an ISO 3166-1 alpha-3 code such as NGA or USA, or an empty cell"
                    : "Expected an ISO 3166-1 alpha-2 code such as NG or US, or an empty cell");
        }
        return found.orElse(null);
    }

    void problem(String column, ErrorCode code, String value, String message) {
        problems.add(new Problem(row, column, code, value, message));
    }

    /** Accepted labels keyed in lower case, in the enum's order. */
    static <E extends Enum<E>> Map<String, E> labels(E[] values, Function<E, String> label) {
        Map<String, E> accepted = new LinkedHashMap<>();
        for (E value : values) {
            accepted.put(label.apply(value).toLowerCase(Locale.ROOT), value);
        }
        return accepted;
    }

    private static String listing(Collection<String> keys) {
        return String.join(", ", keys) + " (any case)";
    }

    /** The double-hyphen bands; {@code 09--17} too, as a third-party reader of the 2024 file spells it. */
    private static Map<String, AgeBand> ageBands() {
        Map<String, AgeBand> bands = labels(AgeBand.values(), AgeBand::ctdcLabel);
        bands.put("09--17", AgeBand.AGE_9_17);
        return bands;
    }
}
