/*
 * Writes the ISO 3166-1 country catalogue and its aliases for org.cthub.standard.geo.
 *
 * Run once, when CLDR or CTDC's region table changes, from /work/main:
 *   mvn -q dependency:get -Dartifact=com.ibm.icu:icu4j:78.1
 *   java -cp ~/.m2/repository/com/ibm/icu/icu4j/78.1/icu4j-78.1.jar tools/GenerateCountries.java \
 *       ../shared/ctdc/CTDC_VPsynthetic_dict_20221201.Region.csv standard/src/main/resources/org/cthub/standard/geo
 *
 * Sources:
 *  - the list of countries: the JDK's ISO 3166-1 list (Locale.getISOCountries) plus Kosovo (XK/XKX, user-assigned,
 *    used by IOM and CTDC);
 *  - names in en/es/fr: CLDR via ICU4J, with the few overrides below where CLDR's standard name is not the
 *    conventional short name ("Congo - Kinshasa", "Hong Kong SAR China", "Myanmar (Burma)");
 *  - numeric codes and UN M49 containment: CLDR via ICU4J (CLDR's territory containment follows M49);
 *  - IOM regional office: CTDC's own table (the Region sheet of the victim-perpetrator dictionary, Dec 2022),
 *    with a documented fallback for the territories that table leaves blank.
 * Differences between CTDC's UN regions and M49 are printed; they are explained in docs/ctdc-mapping.md.
 */
import com.ibm.icu.util.Region;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.text.Normalizer;

public class GenerateCountries {

    /** M49 names of the regions and of the intermediate regions CTDC calls sub-regions. */
    static final Map<String, String> M49 = Map.ofEntries(
            Map.entry("002", "Africa"), Map.entry("019", "Americas"), Map.entry("142", "Asia"),
            Map.entry("150", "Europe"), Map.entry("009", "Oceania"),
            Map.entry("015", "Northern Africa"), Map.entry("014", "Eastern Africa"),
            Map.entry("017", "Middle Africa"), Map.entry("018", "Southern Africa"),
            Map.entry("011", "Western Africa"), Map.entry("029", "Caribbean"),
            Map.entry("013", "Central America"), Map.entry("005", "South America"),
            Map.entry("021", "Northern America"), Map.entry("143", "Central Asia"),
            Map.entry("030", "Eastern Asia"), Map.entry("035", "South-eastern Asia"),
            Map.entry("034", "Southern Asia"), Map.entry("145", "Western Asia"),
            Map.entry("151", "Eastern Europe"), Map.entry("154", "Northern Europe"),
            Map.entry("039", "Southern Europe"), Map.entry("155", "Western Europe"),
            Map.entry("053", "Australia and New Zealand"), Map.entry("054", "Melanesia"),
            Map.entry("057", "Micronesia"), Map.entry("061", "Polynesia"));

    /** Conventional short names where CLDR's standard name is a disambiguation (en, es, fr). */
    static final Map<String, String[]> NAME_OVERRIDES = Map.of(
            "CD", new String[] {"Democratic Republic of the Congo", "República Democrática del Congo",
                "République démocratique du Congo"},
            "CG", new String[] {"Congo", "Congo", "Congo"},
            "MM", new String[] {"Myanmar", "Myanmar", "Myanmar"},
            "HK", new String[] {"Hong Kong", "Hong Kong", "Hong Kong"},
            "MO", new String[] {"Macao", "Macao", "Macao"},
            "PS", new String[] {"Palestine", "Palestina", "Palestine"},
            "UM", new String[] {"United States Minor Outlying Islands", "Islas menores alejadas de EE. UU.",
                "Îles mineures éloignées des États-Unis"},
            "VC", new String[] {"Saint Vincent and the Grenadines", "San Vicente y las Granadinas",
                "Saint-Vincent-et-les-Grenadines"});

    /**
     * IOM regional office for the territories CTDC's table leaves blank or lacks: the office that covers
     * their neighbours in the same M49 sub-region (CTDC itself assigns territories geographically, e.g.
     * Réunion to RO Nairobi). Antarctica has none.
     */
    static final Map<String, String> IOM_FALLBACK = Map.of(
            "AX", "RO Brussels", "BL", "RO San Jose", "BQ", "RO San Jose", "BV", "RO Buenos Aires",
            "CC", "RO Bangkok", "CX", "RO Bangkok", "GG", "RO Brussels", "GL", "RO San Jose",
            "GS", "RO Buenos Aires", "HM", "RO Bangkok");
    static final Map<String, String> IOM_FALLBACK_2 = Map.of(
            "IM", "RO Brussels", "TF", "RO Nairobi", "UM", "RO Bangkok");

    /** Other names people and older files use (alias, alpha-2). */
    static final String[][] ALIASES = {
        {"USA", "US"}, {"United States of America", "US"}, {"EEUU", "US"}, {"EE. UU.", "US"},
        {"UK", "GB"}, {"Great Britain", "GB"}, {"Britain", "GB"}, {"England", "GB"},
        {"Russia", "RU"}, {"Russian Federation", "RU"}, {"Bolivia", "BO"}, {"Ivory Coast", "CI"},
        {"Cote d'Ivoire", "CI"}, {"Viet Nam", "VN"}, {"Turkey", "TR"}, {"Turkiye", "TR"},
        {"Republic of Kosovo", "XK"}, {"XKK", "XK"}, {"Y1", "XK"}, {"Burma", "MM"}, {"Swaziland", "SZ"},
        {"Macedonia", "MK"}, {"FYROM", "MK"}, {"Czech Republic", "CZ"}, {"Cape Verde", "CV"},
        {"East Timor", "TL"}, {"TP", "TL"}, {"TMP", "TL"}, {"Zaire", "CD"}, {"ZR", "CD"}, {"ZAR", "CD"},
        {"DRC", "CD"}, {"DR Congo", "CD"}, {"Congo-Kinshasa", "CD"}, {"Congo-Brazzaville", "CG"},
        {"Republic of the Congo", "CG"}, {"Laos", "LA"}, {"Lao PDR", "LA"}, {"North Korea", "KP"},
        {"DPRK", "KP"}, {"South Korea", "KR"}, {"Republic of Korea", "KR"}, {"Korea", "KR"},
        {"Moldova", "MD"}, {"Republic of Moldova", "MD"}, {"Syria", "SY"}, {"Iran", "IR"},
        {"Tanzania", "TZ"}, {"Venezuela", "VE"}, {"Vatican", "VA"}, {"Holy See", "VA"},
        {"Brunei", "BN"}, {"Micronesia", "FM"}, {"Palestinian Territories", "PS"},
        {"State of Palestine", "PS"}, {"Tibet", "CN"}, {"TB", "CN"}, {"ROM", "RO"},
        {"Holland", "NL"}, {"The Netherlands", "NL"}, {"The Gambia", "GM"}, {"The Bahamas", "BS"},
        {"Sao Tome and Principe", "ST"}, {"Curacao", "CW"}, {"Reunion", "RE"}, {"Timor Leste", "TL"},
        {"UAE", "AE"}, {"Emirates", "AE"}, {"KSA", "SA"}, {"Taiwan, Province of China", "TW"},
        {"Hong Kong SAR", "HK"}, {"Macau", "MO"}, {"Eswatini", "SZ"}, {"Kyrgyz Republic", "KG"},
        {"Slovak Republic", "SK"}, {"Vietnam", "VN"}, {"Estados Unidos de America", "US"},
        {"Etats-Unis d'Amerique", "US"}, {"Royaume-Uni de Grande-Bretagne et d'Irlande du Nord", "GB"},
        {"Reino Unido de Gran Bretana e Irlanda del Norte", "GB"},
    };

    record Ctdc(String alpha3, String country, String description, String unRegion, String unSubRegion,
                String iomRegion) {
    }

    public static void main(String[] args) throws IOException {
        Map<String, Ctdc> ctdc = readCtdc(Path.of(args[0]));
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        List<String> codes = new ArrayList<>(List.of(Locale.getISOCountries()));
        codes.add("XK");
        codes.sort(null);
        ULocale en = ULocale.ENGLISH;
        ULocale es = new ULocale("es");
        ULocale fr = ULocale.FRENCH;
        List<String> rows = new ArrayList<>();
        rows.add("alpha2,alpha3,numeric,name_en,name_es,name_fr,un_region,un_sub_region,iom_region");
        Map<String, String> aliases = new TreeMap<>();
        for (String code : codes) {
            ULocale territory = new ULocale("", code);
            String[] names = NAME_OVERRIDES.getOrDefault(code, new String[] {
                englishShort(territory.getDisplayCountry(en)), territory.getDisplayCountry(es),
                territory.getDisplayCountry(fr)});
            for (ULocale language : List.of(en, es, fr)) {
                addAlias(aliases, territory.getDisplayCountry(language), code);
            }
            String alpha3 = code.equals("XK") ? "XKX" : Locale.of("", code).getISO3Country();
            Region region = Region.getInstance(code);
            // Kosovo's CLDR numeric (983) is private-use, not M49; 0 means "no numeric code".
            int numeric = code.equals("XK") ? 0 : region.getNumericCode();
            String unRegion = "";
            String unSubRegion = "";
            if (!code.equals("AQ")) { // M49 places Antarctica in no region; CLDR's "Outlying Oceania" is not M49.
                unSubRegion = m49(region.getContainingRegion());
                unRegion = m49(region.getContainingRegion(Region.RegionType.CONTINENT));
            }
            Ctdc row = ctdc.get(code.equals("XK") ? "Y1" : code);
            String iom = row == null || row.iomRegion().equals("NULL") ? null : row.iomRegion();
            if (iom == null) {
                iom = IOM_FALLBACK.getOrDefault(code, IOM_FALLBACK_2.getOrDefault(code, ""));
                System.out.println("IOM fallback " + code + " -> '" + iom + "'");
            }
            if (row != null) {
                addAlias(aliases, row.country(), code);
                addAlias(aliases, row.description(), code);
                if (!row.unRegion().equals(unRegion) || !row.unSubRegion().equals(unSubRegion)) {
                    System.out.println("UN differs " + code + ": CTDC " + row.unRegion() + "/" + row.unSubRegion()
                            + ", M49 " + unRegion + "/" + unSubRegion);
                }
            } else {
                System.out.println("not in CTDC's table: " + code);
            }
            rows.add(String.join(",", code, alpha3, Integer.toString(numeric), csv(names[0]), csv(names[1]),
                    csv(names[2]), unRegion, unSubRegion, iom));
        }
        for (String[] alias : ALIASES) {
            addAlias(aliases, alias[0], alias[1]);
        }
        List<String> aliasRows = new ArrayList<>();
        aliasRows.add("alias,alpha2");
        aliases.forEach((key, value) -> aliasRows.add(csv(value.substring(3)) + "," + value.substring(0, 2)));
        Files.write(out.resolve("countries.csv"), rows, StandardCharsets.UTF_8);
        Files.write(out.resolve("country-aliases.csv"), aliasRows, StandardCharsets.UTF_8);
        System.out.println(rows.size() - 1 + " countries, " + (aliasRows.size() - 1) + " aliases");
    }

    /** CLDR's English uses "&" and "St."; the ISO/UN short names say "and" and "Saint". */
    static String englishShort(String name) {
        return name.replace(" & ", " and ").replaceAll("^St\\. ", "Saint ");
    }

    static String m49(Region region) {
        String code = String.format("%03d", region.getNumericCode());
        String name = M49.get(code);
        if (name == null) {
            throw new IllegalStateException("No M49 name for " + code + " " + region);
        }
        return name;
    }

    /** Keys aliases by their normalised form, and refuses one alias for two countries. */
    static void addAlias(Map<String, String> aliases, String alias, String code) {
        if (alias == null || alias.isBlank() || alias.equals("NULL")) {
            return;
        }
        String key = normalise(alias);
        String previous = aliases.putIfAbsent(key, code + ":" + alias.strip());
        if (previous != null && !previous.startsWith(code)) {
            throw new IllegalStateException("Alias " + alias + " names both " + previous + " and " + code);
        }
    }

    /** Same rule as Countries.normalise: no accents, no case, no punctuation. */
    static String normalise(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static String csv(String value) {
        return value.contains(",") || value.contains("\"") ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    static Map<String, Ctdc> readCtdc(Path path) throws IOException {
        Map<String, Ctdc> rows = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = split(line);
            if (cells.get(4).isEmpty()) {
                continue; // historic codes without regions (TB, TP, YU, ZR ...): kept as aliases only
            }
            rows.put(cells.get(0), new Ctdc(cells.get(1), cells.get(2), cells.get(3).strip(), cells.get(4),
                    cells.get(5), cells.get(6)));
        }
        return rows;
    }

    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
