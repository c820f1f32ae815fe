package org.cthub.standard.geo;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The ISO 3166-1 catalogue, plus Kosovo ({@code XK}/{@code XKX}, user-assigned, as IOM and CTDC use it).
 * Lookups accept alpha-2, alpha-3, numeric codes and names in English, Spanish and French, case-, accent-
 * and punctuation-insensitively, and common aliases ("USA", "UK", "Ivory Coast", "Viet Nam", "Turkey", and the
 * names of CTDC's region table). Data: {@code countries.csv} and {@code country-aliases.csv}, generated once by
 * {@code tools/GenerateCountries.java} from CLDR (names, numeric codes, UN M49 containment) and CTDC's region
 * table (IOM regional offices).
 */
public final class Countries {

    private static final List<Country> ALL = load();
    private static final Map<String, Country> BY_ALPHA2 = index(ALL, Country::alpha2);
    private static final Map<String, Country> BY_ALPHA3 = index(ALL, Country::alpha3);
    private static final Map<Integer, Country> BY_NUMERIC = numericIndex();
    private static final Map<String, Country> BY_NAME = nameIndex();

    private Countries() {
    }

    /** The country for a code or name, or empty when there is none (or the argument is null or blank). */
    public static Optional<Country> find(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        String text = codeOrName.strip();
        String upper = text.toUpperCase(Locale.ROOT);
        Country country = switch (text.length()) {
            case 2 -> BY_ALPHA2.get(upper);
            case 3 -> BY_ALPHA3.get(upper);
            default -> null;
        };
        if (country == null && text.chars().allMatch(Character::isDigit) && text.length() <= 3) {
            country = BY_NUMERIC.get(Integer.valueOf(text));
        }
        if (country == null) {
            country = BY_NAME.get(SearchKey.of(text));
        }
        return Optional.ofNullable(country);
    }

    /** The country for an ISO alpha-2 or alpha-3 code; throws when there is none. */
    public static Country byCode(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("No ISO 3166-1 country has the code " + code));
    }

    /** All countries, ordered by alpha-2 code. */
    public static List<Country> all() {
        return ALL;
    }

    /** The countries of a UN M49 region ({@code Africa}, {@code Americas}, ...), case-insensitively. */
    public static List<Country> inUnRegion(String region) {
        return ALL.stream().filter(country -> country.unRegion().equalsIgnoreCase(region)).toList();
    }

    /** The countries of a UN M49 sub-region as CTDC uses them ({@code Western Africa}, {@code Caribbean}, ...). */
    public static List<Country> inUnSubRegion(String subRegion) {
        return ALL.stream().filter(country -> country.unSubRegion().equalsIgnoreCase(subRegion)).toList();
    }

    /** The countries an IOM regional office covers ({@code RO Dakar}, ...), case-insensitively. */
    public static List<Country> inIomRegion(String iomRegion) {
        return ALL.stream().filter(country -> country.iomRegion().equalsIgnoreCase(iomRegion)).toList();
    }

    private static List<Country> load() {
        return CatalogueFile.rows("countries.csv", 9).stream()
                .map(cells -> new Country(cells[0], cells[1], Integer.parseInt(cells[2]), cells[3], cells[4],
                        cells[5], cells[6], cells[7], cells[8]))
                .sorted(Comparator.comparing(Country::alpha2))
                .toList();
    }

    private static Map<String, Country> index(List<Country> countries, Function<Country, String> key) {
        Map<String, Country> index = new HashMap<>();
        countries.forEach(country -> index.put(key.apply(country), country));
        return Map.copyOf(index);
    }

    private static Map<Integer, Country> numericIndex() {
        Map<Integer, Country> index = new HashMap<>();
        ALL.stream().filter(country -> country.numeric() > 0).forEach(country -> index.put(country.numeric(), country));
        return Map.copyOf(index);
    }

    private static Map<String, Country> nameIndex() {
        Map<String, Country> index = new HashMap<>();
        for (String[] alias : CatalogueFile.rows("country-aliases.csv", 2)) {
            index.put(SearchKey.of(alias[0]), BY_ALPHA2.get(alias[1]));
        }
        // The catalogue's own names win over any alias that normalises the same way.
        for (Country country : ALL) {
            for (String name : List.of(country.nameEn(), country.nameEs(), country.nameFr())) {
                index.put(SearchKey.of(name), country);
            }
        }
        return Map.copyOf(index);
    }
}
