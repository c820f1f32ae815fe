package org.cthub.app.exports;

import java.util.Locale;
import java.util.Map;

/**
 * The HXL hashtag row of the HXL export: core HXL hashtags where one fits the field (HXL 1.1 standard:
 * {@code #date}, {@code #country}, {@code #affected}, {@code #status}), and otherwise {@code #meta} with the
 * HTCDS field name as attribute, so every column stays machine-readable and traceable to the standard.
 */
final class HxlTags {

    private static final Map<String, String> CORE = Map.ofEntries(
            Map.entry("cas_Reference", "#case+id"),
            Map.entry("cas_RegistrationDate", "#date+registered"),
            Map.entry("cas_RegistrationYear", "#date+year+registered"),
            Map.entry("cas_Status", "#status+case"),
            Map.entry("prs_Gender", "#affected+gender"),
            Map.entry("prs_Birthdate", "#affected+birth+date"),
            Map.entry("prs_Citizenship", "#country+code+citizenship"),
            Map.entry("vic_CountryOfExploitation", "#country+code+exploitation"),
            Map.entry("vic_TypeOfExploitation", "#indicator+exploitation+type"),
            Map.entry("vic_AgeBand", "#affected+age+band"),
            Map.entry("hte_Country", "#country+code+event"),
            Map.entry("hte_Date", "#date+event"),
            Map.entry("hte_Type", "#event+type"),
            Map.entry("con_ShareAnonymised", "#meta+consent+share"));

    private HxlTags() {
    }

    static String of(String column) {
        int suffix = column.indexOf("__");
        String field = suffix > 0 ? column.substring(0, suffix) : column;
        String instance = suffix > 0 ? "+i" + column.substring(suffix + 2) : "";
        String core = CORE.get(field);
        return (core != null ? core : "#meta+" + field.toLowerCase(Locale.ROOT)) + instance;
    }
}
