package org.cthub.app.hub;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cthub.opendata.Query;
import org.cthub.opendata.Variable;
import org.cthub.opendata.VariableKind;
import org.cthub.standard.LabelLanguage;
import org.cthub.standard.geo.Countries;
import org.cthub.standard.geo.Country;
import org.springframework.context.MessageSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the dashboard's script needs, as one JSON object in a {@code data-} attribute: the release, the charts
 * this release's variables allow, display labels in the page's language, the ISO 3166 numeric code of each
 * country value (the map's shapes are keyed by it) and the page's words. Counts are never in it: the script asks
 * the API, whose every count is protected.
 */
final class DashboardConfig {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> COUNTRY_VARIABLES = Set.of("citizenship", "CountryOfExploitation");
    /** Bar charts in the order, those the release has. */
    private static final List<String> BARS = List.of("typeOfExploitation", "meansOfControl", "typeOfLabour",
            "typeOfSex", "recruiterRelation", "perpetratorRole", "IP_Relation", "ageBroad", "majorityStatus",
            "gender", "IP_Gender");
    /** Flows from the first variable to the second, the first pair the release has. */
    private static final List<List<String>> FLOWS = List.of(List.of("citizenship", "CountryOfExploitation"),
            List.of("UN_COO_Region", "UN_COE_Region"));
    private static final List<String> WORDS = List.of("recorded", "recordedNone", "fewerThan", "notRecorded",
            "count", "value", "filter", "unfilter", "selected", "showTable", "summary", "summaryTop", "noData",
            "clear", "clearAll", "noFilters", "filteredBy", "years", "allYears", "from", "to", "loading", "failed",
            "mapOf", "flowsSummary", "unlisted", "records", "yearsSummary", "chartNote", "source", "target");

    private DashboardConfig() {
    }

    static String json(PublishedData.Loaded loaded, MessageSource messages, Locale locale) {
        List<Variable> variables = loaded.open().variables();
        Map<String, Variable> byName = new LinkedHashMap<>();
        variables.forEach(variable -> byName.put(variable.name(), variable));
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("release", loaded.release().version());
        config.put("api", "/api/v1/releases/" + loaded.release().version());
        config.put("threshold", loaded.open().protection().threshold());
        config.put("notRecorded", Query.NOT_RECORDED);
        config.put("language", locale.getLanguage());
        List<Map<String, Object>> charts = new ArrayList<>();
        List<String> mapVariables = variables.stream().map(Variable::name).filter(COUNTRY_VARIABLES::contains).toList();
        if (!mapVariables.isEmpty()) {
            charts.add(chart("map", "map", mapVariables.getFirst(), null, messages, locale));
            config.put("mapVariables", mapVariables);
        }
        FLOWS.stream().filter(pair -> byName.containsKey(pair.get(0)) && byName.containsKey(pair.get(1))).findFirst()
                .ifPresent(pair -> charts.add(chart("flows", "sankey", pair.get(0), pair.get(1), messages, locale)));
        variables.stream().filter(v -> v.kind() == VariableKind.YEAR).findFirst()
                .ifPresent(year -> {
                    charts.add(chart("trend", "trend", year.name(), null, messages, locale));
                    config.put("yearVariable", year.name());
                });
        BARS.stream().filter(byName::containsKey)
                .forEach(name -> charts.add(chart("bar-" + name, "bar", name, null, messages, locale)));
        config.put("charts", charts);
        Map<String, Object> labels = new LinkedHashMap<>();
        Map<String, List<String>> numeric = new LinkedHashMap<>();
        for (Variable variable : variables) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put(Query.NOT_RECORDED, message(messages, "hub.notRecorded", Query.NOT_RECORDED, locale));
            for (String value : variable.values()) {
                values.put(value, label(messages, variable, value, locale));
                if (COUNTRY_VARIABLES.contains(variable.name())) {
                    List<String> codes = shapes(value);
                    if (!codes.isEmpty()) {
                        numeric.put(value, codes);
                    }
                }
            }
            labels.put(variable.name(), Map.of("title", message(messages, "hub.variable." + variable.name(),
                    variable.name(), locale), "values", values, "order", variable.values()));
        }
        config.put("variables", labels);
        config.put("numeric", numeric);
        Map<String, String> words = new LinkedHashMap<>();
        WORDS.forEach(word -> words.put(word, message(messages, "hub.js." + word, word, locale)));
        config.put("words", words);
        return JSON.writeValueAsString(config);
    }

    /**
     * The map's shapes of a country value: the country's, or where a k-anonymous release generalised countries to
     * UN M49 regions, every country of the region (drawn with the region's count).
     */
    static List<String> shapes(String value) {
        List<Country> countries = Countries.find(value).map(List::of).orElseGet(() -> Countries.inUnRegion(value));
        return countries.stream().map(country -> String.format(Locale.ROOT, "%03d", country.numeric())).toList();
    }

    /** A value as people read it: a message where there is one, a country's name, or the value itself. */
    static String label(MessageSource messages, Variable variable, String value, Locale locale) {
        if (COUNTRY_VARIABLES.contains(variable.name())) {
            LabelLanguage language = LabelLanguage.fromTag(locale.getLanguage()).orElse(LabelLanguage.EN);
            return Countries.find(value).map(country -> country.name(language)).orElse(value);
        }
        return message(messages, "hub.value." + value.replace(' ', '_'), value, locale);
    }

    static String message(MessageSource messages, String key, String fallback, Locale locale) {
        return messages.getMessage(key, null, fallback, locale);
    }

    private static Map<String, Object> chart(String id, String type, String variable, String second,
                                             MessageSource messages, Locale locale) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("id", id);
        chart.put("type", type);
        chart.put("variable", variable);
        if (second != null) {
            chart.put("second", second);
        }
        chart.put("title", message(messages, "hub.chart." + id, message(messages, "hub.variable." + variable,
                variable, locale), locale));
        return chart;
    }
}
