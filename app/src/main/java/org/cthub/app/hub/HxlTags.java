package org.cthub.app.hub;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The HXL hashtags of a release's columns (Humanitarian Exchange Language 1.1, hxlstandard.org): core hashtags
 * where one fits ({@code #date}, {@code #country}, {@code #affected}, {@code #indicator}, {@code #region}) and
 * attributes saying which. Each CTDC flag column is an {@code #indicator} with the attribute {@code +bool}
 * (1 or empty) and attributes naming its group and flag, so {@code #indicator+exploitation} selects a group.
 * A column this table does not know is {@code #meta} with its own name: the row never has a gap.
 */
final class HxlTags {

    /** HXL 1.1: a hashtag and attributes of lowercase letters, digits and underscores, the first a letter. */
    static final Pattern VALID = Pattern.compile("#[a-z][a-z0-9_]*(\\+[a-z][a-z0-9_]*)*");

    private static final Map<String, String> FIXED = Map.ofEntries(
            Map.entry("yearOfRegistration", "#date+year+registered"),
            Map.entry("yearRegister", "#date+year+registered"),
            Map.entry("gender", "#affected+gender"),
            Map.entry("ageBroad", "#affected+age+group"),
            Map.entry("majorityStatus", "#affected+age+majority"),
            Map.entry("citizenship", "#country+code+citizenship"),
            Map.entry("CountryOfExploitation", "#country+code+exploitation"),
            Map.entry("UN_COO_Region", "#region+name+citizenship"),
            Map.entry("UN_COE_Region", "#region+name+exploitation"),
            Map.entry("traffickMonths", "#affected+duration+months"),
            Map.entry("IP_Gender", "#actor+perpetrator+gender+list"),
            Map.entry("IP_ageBroad", "#actor+perpetrator+age+list"),
            Map.entry("IP_citizen_UNRegion", "#actor+perpetrator+region+list"),
            Map.entry("IP_Relation", "#actor+perpetrator+relation+list"),
            Map.entry("IP_PayMoney", "#actor+perpetrator+paid+list"));

    /** Flag-column prefixes of CTDC 2024 and the victim-perpetrator dataset, and the group attribute they get. */
    private static final Map<String, String> FLAG_PREFIXES = flagPrefixes();

    private HxlTags() {
    }

    /** The hashtag of each column, in the header's order. */
    static List<String> tags(List<String> header) {
        List<String> tags = new ArrayList<>();
        for (String column : header) {
            tags.add(tag(column));
        }
        return tags;
    }

    /** Column and hashtag pairs, for the data dictionary. */
    static Map<String, String> describe(List<String> header) {
        Map<String, String> described = new LinkedHashMap<>();
        header.forEach(column -> described.put(column, tag(column)));
        return described;
    }

    static String tag(String column) {
        String fixed = FIXED.get(column);
        if (fixed != null) {
            return fixed;
        }
        for (Map.Entry<String, String> prefix : FLAG_PREFIXES.entrySet()) {
            if (column.startsWith(prefix.getKey()) && column.length() > prefix.getKey().length()) {
                return "#indicator+bool+" + prefix.getValue() + "+" + snake(column.substring(prefix.getKey().length()));
            }
        }
        return "#meta+" + snake(column);
    }

    private static Map<String, String> flagPrefixes() {
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put("meansOfControl", "means");
        prefixes.put("means", "means");
        prefixes.put("typeOfLabour", "labour");
        prefixes.put("typeOfSex", "sexual");
        prefixes.put("recruiterRelation", "recruiter");
        prefixes.put("IP_", "perpetrator");
        prefixes.put("is", "exploitation");
        return prefixes;
    }

    /** {@code DebtBondageEarnings} → {@code debt_bondage_earnings}; a leading digit gets a letter before it. */
    static String snake(String name) {
        String snake = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9]+", "_")
                .toLowerCase(Locale.ROOT).replaceAll("^_+|_+$", "");
        if (snake.isEmpty()) {
            return "x";
        }
        return Character.isLetter(snake.charAt(0)) ? snake : "x" + snake;
    }
}
