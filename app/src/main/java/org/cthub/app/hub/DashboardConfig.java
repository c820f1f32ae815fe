package org.cthub.app.hub;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
    /** Variables the map can draw, in order of preference: countries (or their generalisations), else regions. */
    private static final List<String> MAP_VARIABLES = List.of("citizenship", "CountryOfExploitation",
            "UN_COO_Region", "UN_COE_Region");
    private static final Set<String> COUNTRY_VARIABLES = Set.of("citizenship", "CountryOfExploitation");
    /** Bar charts in the order, those the release has. */
    private static final List<String> BARS = List.of("typeOfExploitation", "meansOfControl", "typeOfLabour",
            "typeOfSex", "recruiterRelation", "perpetratorRole", "IP_Relation", "ageBroad", "majorityStatus",
            "gender", "IP_Gender");
    /**
     * Flows from the first variable to the second, the first pair the release has. Region to region, as counted
     * by the engine: summing protected country counts in the page would lose every "fewer than" cell.
     */
    private static final List<List<String>> FLOWS = List.of(List.of("citizenshipRegion", "exploitationRegion"),
            List.of("UN_COO_Region", "UN_COE_Region"));
    private static final List<String> WORDS = List.of("recorded", "recordedNone", "fewerThan", "notRecorded",
            "count", "value", "filter", "unfilter", "selected", "showTable", "summary", "summaryTop", "noData",
            "clear", "clearAll", "noFilters", "filteredBy", "years", "allYears", "from", "to", "loading", "failed",
            "mapOf", "flowsSummary", "unlisted", "records", "yearsSummary", "chartNote", "source", "target",
            "level.country", "level.subRegion", "level.region", "level.mixed", "level.legend", "level.tip.subRegion",
            "level.tip.region");

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
        List<String> mapVariables = MAP_VARIABLES.stream().filter(byName::containsKey).toList();
        if (mapVariables.stream().anyMatch(COUNTRY_VARIABLES::contains)) {
            mapVariables = mapVariables.stream().filter(COUNTRY_VARIABLES::contains).toList();
        }
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
        Map<String, Map<String, String>> levels = new LinkedHashMap<>();
        Map<String, String> mapLevel = new LinkedHashMap<>();
        for (Variable variable : variables) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put(Query.NOT_RECORDED, message(messages, "hub.notRecorded", Query.NOT_RECORDED, locale));
            for (String value : variable.values()) {
                values.put(value, label(messages, variable, value, locale));
                if (mapVariables.contains(variable.name())) {
                    List<String> codes = shapes(value);
                    if (!codes.isEmpty()) {
                        numeric.put(value, codes);
                        levels.computeIfAbsent(variable.name(), name -> new LinkedHashMap<>())
                                .put(value, level(value).key);
                    }
                }
            }
            if (levels.containsKey(variable.name())) {
                List<String> found = levels.get(variable.name()).values().stream().distinct().toList();
                mapLevel.put(variable.name(), found.size() == 1 ? found.getFirst() : "mixed");
            }
            labels.put(variable.name(), Map.of("title", message(messages, "hub.variable." + variable.name(),
                    variable.name(), locale), "values", values, "order", variable.values()));
        }
        config.put("variables", labels);
        config.put("numeric", numeric);
        config.put("levels", levels);
        config.put("mapLevel", mapLevel);
        Map<String, String> words = new LinkedHashMap<>();
        WORDS.forEach(word -> words.put(word, message(messages, "hub.js." + word, word, locale)));
        config.put("words", words);
        return JSON.writeValueAsString(config);
    }

    /** The level a country value is published at. */
    enum Level {
        COUNTRY("country"), SUB_REGION("subRegion"), REGION("region");

        final String key;

        Level(String key) {
            this.key = key;
        }
    }

    /**
     * The level of a country value: a UN M49 sub-region or region (a k-anonymous release's generalisation, or
     * the victim-perpetrator dataset's regions such as {@code Americas/Oceania}), else a country.
     */
    static Level level(String value) {
        if (!Countries.inUnSubRegion(value).isEmpty()) {
            return Level.SUB_REGION;
        }
        if (!regionCountries(value).isEmpty()) {
            return Level.REGION;
        }
        return Level.COUNTRY;
    }

    /**
     * The map's shapes of a country value: the country's, or for a sub-region or region every one of its
     * countries; the page draws those apart (lighter, dashed, "(region)" in the tooltip), since the count is
     * the region's, not each country's.
     */
    static List<String> shapes(String value) {
        List<Country> countries = switch (level(value)) {
            case SUB_REGION -> Countries.inUnSubRegion(value);
            case REGION -> regionCountries(value);
            case COUNTRY -> Countries.find(value).map(List::of).orElse(List.of());
        };
        return countries.stream().map(country -> String.format(Locale.ROOT, "%03d", country.numeric())).toList();
    }

    /** The countries of a UN region, or of CTDC's joined regions such as {@code Americas/Oceania}. */
    private static List<Country> regionCountries(String value) {
        List<Country> countries = new ArrayList<>();
        for (String region : value.split("/")) {
            countries.addAll(Countries.inUnRegion(region.strip()));
        }
        return countries;
    }

    /** A value as people read it: a message where there is one, a country's name, or the value itself. */
    static String label(MessageSource messages, Variable variable, String value, Locale locale) {
        if (COUNTRY_VARIABLES.contains(variable.name()) && level(value) == Level.COUNTRY) {
            LabelLanguage language = LabelLanguage.fromTag(locale.getLanguage()).orElse(LabelLanguage.EN);
            Optional<Country> country = Countries.find(value);
            if (country.isPresent()) {
                return country.get().name(language);
            }
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
