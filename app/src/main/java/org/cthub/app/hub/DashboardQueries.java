package org.cthub.app.hub;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cthub.opendata.Filter;
import org.cthub.opendata.Query;
import org.cthub.opendata.ReleaseData;

/**
 * Twenty-five questions a dashboard over a CTDC 2024 release asks: each chart's counts, cross-filtered by what the
 * reader clicked (a citizenship, a year range, a type of exploitation). Values are taken from the data (the most
 * frequent citizenship, ...) so they exist in any release.
 */
final class DashboardQueries {

    record Named(String name, Query query) {
    }

    private DashboardQueries() {
    }

    static List<Named> ctdc2024(ReleaseData data) {
        List<String> citizenships = mostFrequent(data, "citizenship", 3);
        String topCitizenship = citizenships.get(0);
        String topExploitationCountry = mostFrequent(data, "CountryOfExploitation", 1).get(0);
        String child = data.category("ageBroad").values().contains("9--17") ? "9--17"
                : data.category("ageBroad").values().get(0);
        Filter women = values("gender", "Woman");
        Filter men = values("gender", "Man");
        Filter forcedLabour = values("typeOfExploitation", "isForcedLabour");
        Filter sexual = values("typeOfExploitation", "isSexualExploit");
        Filter construction = values("typeOfLabour", "typeOfLabourConstruction");
        List<Named> queries = new ArrayList<>();
        queries.add(new Named("total", Query.count()));
        queries.add(new Named("by year", Query.groupBy("yearOfRegistration")));
        queries.add(new Named("by gender", Query.groupBy("gender")));
        queries.add(new Named("by age", Query.groupBy("ageBroad")));
        queries.add(new Named("by citizenship", Query.groupBy("citizenship")));
        queries.add(new Named("by country of exploitation", Query.groupBy("CountryOfExploitation")));
        queries.add(new Named("by type of exploitation", Query.groupBy("typeOfExploitation")));
        queries.add(new Named("by means of control", Query.groupBy("meansOfControl")));
        queries.add(new Named("by sector | forced labour", Query.groupBy("typeOfLabour", forcedLabour)));
        queries.add(new Named("by recruiter relation", Query.groupBy("recruiterRelation")));
        queries.add(new Named("year x type of exploitation", Query.groupBy("yearOfRegistration", "typeOfExploitation")));
        queries.add(new Named("citizenship x exploitation country", Query.groupBy("citizenship", "CountryOfExploitation")));
        queries.add(new Named("gender x age", Query.groupBy("gender", "ageBroad")));
        queries.add(new Named("by citizenship | 2015-2020, women", Query.groupBy("citizenship", range(2015, 2020), women)));
        queries.add(new Named("by exploitation country | citizenship", Query.groupBy("CountryOfExploitation",
                values("citizenship", topCitizenship))));
        queries.add(new Named("by year | construction", Query.groupBy("yearOfRegistration", construction)));
        queries.add(new Named("by citizenship | forced labour, construction, 2015-", Query.groupBy("citizenship",
                forcedLabour, construction, range(2015, null))));
        queries.add(new Named("type x gender | exploitation country", Query.groupBy("typeOfExploitation", "gender",
                values("CountryOfExploitation", topExploitationCountry))));
        queries.add(new Named("means x type of exploitation", Query.groupBy("meansOfControl", "typeOfExploitation")));
        queries.add(new Named("by age | women, sexual, 2010-2022", Query.groupBy("ageBroad", women, sexual,
                range(2010, 2022))));
        queries.add(new Named("total | citizenship, men, 2018-2020", Query.count(values("citizenship", topCitizenship),
                men, range(2018, 2020))));
        queries.add(new Named("duration x type of exploitation", Query.groupBy("traffickMonths", "typeOfExploitation")));
        queries.add(new Named("year x gender | top 3 citizenships", Query.groupBy("yearOfRegistration", "gender",
                new Filter.Values("citizenship", Set.copyOf(citizenships)))));
        queries.add(new Named("relation x gender | children", Query.groupBy("recruiterRelation", "gender",
                values("ageBroad", child))));
        queries.add(new Named("exploitation country x type | 2019-2022", Query.groupBy("CountryOfExploitation",
                "typeOfExploitation", range(2019, 2022))));
        return queries;
    }

    private static Filter values(String variable, String value) {
        return new Filter.Values(variable, Set.of(value));
    }

    private static Filter range(Integer from, Integer to) {
        return new Filter.YearRange("yearOfRegistration", from, to);
    }

    private static List<String> mostFrequent(ReleaseData data, String variable, int how) {
        return data.unprotectedCounts(Query.groupBy(variable)).entrySet().stream()
                .filter(entry -> !entry.getKey().get(0).equals(Query.NOT_RECORDED))
                .sorted(Map.Entry.<List<String>, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(how).map(entry -> entry.getKey().get(0)).toList();
    }
}
