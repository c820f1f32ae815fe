package org.cthub.opendata;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Random queries over a release's own variables and values: what a dashboard user could ask. */
final class RandomQueries {

    private RandomQueries() {
    }

    static Query next(Random random, List<Variable> variables) {
        List<Filter> filters = new ArrayList<>();
        int filterCount = random.nextInt(4);
        for (int f = 0; f < filterCount; f++) {
            Variable variable = variables.get(random.nextInt(variables.size()));
            if (variable.kind() == VariableKind.YEAR && random.nextBoolean()) {
                Integer from = random.nextInt(3) == 0 ? null : 2010 + random.nextInt(10);
                Integer to = random.nextInt(3) == 0 ? null : (from == null ? 2010 : from) + random.nextInt(8);
                filters.add(new Filter.YearRange(variable.name(), from, to));
            } else {
                Set<String> values = new HashSet<>();
                int count = 1 + random.nextInt(3);
                for (int v = 0; v < count; v++) {
                    int pick = random.nextInt(variable.values().size() + 1);
                    values.add(pick == variable.values().size() ? Query.NOT_RECORDED : variable.values().get(pick));
                }
                filters.add(new Filter.Values(variable.name(), values));
            }
        }
        List<String> groupBy = new ArrayList<>();
        int groups = random.nextInt(3);
        while (groupBy.size() < groups) {
            String name = variables.get(random.nextInt(variables.size())).name();
            if (!groupBy.contains(name)) {
                groupBy.add(name);
            }
        }
        return new Query(filters, groupBy);
    }
}
