package org.cthub.app.hub;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.cthub.opendata.Filter;
import org.cthub.opendata.Query;
import org.cthub.opendata.Variable;
import org.cthub.opendata.VariableKind;

/**
 * The query string of {@code /counts}: {@code by} and {@code by2} group; {@code from} and {@code to} bound the
 * release's year variable; any other parameter is a variable and each of its values (repeat the parameter for
 * several) is allowed. Different variables must all hold. A URL is thus the exact view, to link to.
 */
final class CountsRequest {

    static final int MAX_VALUES = 300;

    private CountsRequest() {
    }

    static Query parse(Map<String, List<String>> parameters, List<Variable> variables) {
        List<Filter> filters = new ArrayList<>();
        List<String> groupBy = new ArrayList<>();
        Integer from = null;
        Integer to = null;
        int values = 0;
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            List<String> given = parameter.getValue();
            switch (name) {
                case "by", "by2" -> groupBy.add(name.equals("by") ? 0 : groupBy.size(), single(name, given));
                case "from" -> from = year(name, given);
                case "to" -> to = year(name, given);
                default -> {
                    values += given.size();
                    filters.add(new Filter.Values(name, new LinkedHashSet<>(given)));
                }
            }
        }
        if (values > MAX_VALUES) {
            throw new ApiProblem(ApiProblem.Code.TOO_MANY_VALUES, "At most " + MAX_VALUES + " filter values at once");
        }
        if (from != null || to != null) {
            String year = variables.stream().filter(v -> v.kind() == VariableKind.YEAR).map(Variable::name).findFirst()
                    .orElseThrow(() -> new ApiProblem(ApiProblem.Code.NOT_A_YEAR_VARIABLE,
                            "This release has no year variable for from and to"));
            filters.add(new Filter.YearRange(year, from, to));
        }
        return new Query(filters, groupBy);
    }

    /** The query as the answer repeats it: what was asked, in the API's words. */
    static Map<String, Object> describe(Query query) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("by", query.groupBy());
        Map<String, Object> filters = new LinkedHashMap<>();
        for (Filter filter : query.filters()) {
            switch (filter) {
                case Filter.Values v -> filters.put(v.variable(), v.values().stream().sorted().toList());
                case Filter.YearRange y -> {
                    Map<String, Integer> range = new LinkedHashMap<>();
                    range.put("from", y.from());
                    range.put("to", y.to());
                    filters.put(y.variable(), range);
                }
            }
        }
        described.put("filters", filters);
        return described;
    }

    private static String single(String name, List<String> given) {
        if (given.size() != 1 || given.get(0).isBlank()) {
            throw new ApiProblem(ApiProblem.Code.UNKNOWN_VARIABLE, name + " takes one variable name");
        }
        return given.get(0);
    }

    private static Integer year(String name, List<String> given) {
        if (given.size() != 1 || !given.get(0).matches("\\d{4}")) {
            throw new ApiProblem(ApiProblem.Code.BAD_YEAR, name + " takes one year of four digits");
        }
        return Integer.parseInt(given.get(0));
    }
}
