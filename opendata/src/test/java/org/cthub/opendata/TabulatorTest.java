package org.cthub.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The engine's true counts and cell keys against the brute-force loop of {@link Oracle}, on random data and queries. */
class TabulatorTest {

    @Property(tries = 300)
    void agreesWithTheOracleOnRandomReleasesAndQueries(@ForAll long seed, @ForAll @IntRange(min = 0, max = 700) int size) {
        Random random = new Random(seed);
        List<String[]> rows = RandomReleases.rows(random, size);
        ReleaseSchema schema = ReleaseSchema.ctdc2024();
        ReleaseData data = ReleaseData.of(schema, RandomReleases.HEADER, rows, seed);
        Oracle oracle = new Oracle(schema, RandomReleases.HEADER, rows, data);
        for (int q = 0; q < 20; q++) {
            assertAgrees(data, oracle, RandomQueries.next(random, data.variables()));
        }
    }

    @Test
    void agreesWithTheOracleOnDenseWordsAndManyRecords() {
        Random random = new Random(42);
        List<String[]> rows = RandomReleases.rows(random, 20_000);
        ReleaseSchema schema = ReleaseSchema.ctdc2024();
        ReleaseData data = ReleaseData.of(schema, RandomReleases.HEADER, rows, 7);
        Oracle oracle = new Oracle(schema, RandomReleases.HEADER, rows, data);
        Variable gender = data.variables().get(1);
        java.util.Set<String> everyGender = new java.util.HashSet<>(gender.values());
        everyGender.add(Query.NOT_RECORDED);
        assertAgrees(data, oracle, Query.groupBy("citizenship", "typeOfExploitation",
                new Filter.Values("gender", everyGender)));
        for (int q = 0; q < 60; q++) {
            assertAgrees(data, oracle, RandomQueries.next(random, data.variables()));
        }
    }

    static void assertAgrees(ReleaseData data, Oracle oracle, Query query) {
        Tabulation table = Tabulator.tabulate(data, query);
        Map<List<String>, Oracle.Sum> expected = oracle.cells(query);
        assertThat(engineCells(data, table)).as("cells of %s", query).isEqualTo(expected);
        Map<List<String>, Oracle.Sum> total = oracle.cells(new Query(query.filters(), List.of()));
        assertThat(new Oracle.Sum(table.total(), table.totalKey())).as("total of %s", query)
                .isEqualTo(total.getOrDefault(List.of(), new Oracle.Sum(0, 0)));
        for (int v = 0; v < query.groupBy().size(); v++) {
            assertThat(new Oracle.Sum(table.recorded()[v], table.recordedKeys()[v])).as("recorded in %s", query)
                    .isEqualTo(oracle.recorded(query, query.groupBy().get(v)));
        }
    }

    private static Map<List<String>, Oracle.Sum> engineCells(ReleaseData data, Tabulation table) {
        Map<List<String>, Oracle.Sum> cells = new HashMap<>();
        List<String> groupBy = table.groupBy();
        if (groupBy.isEmpty()) {
            if (table.total() > 0) {
                cells.put(List.of(), new Oracle.Sum(table.total(), table.totalKey()));
            }
            return cells;
        }
        List<String> first = labels(data, groupBy.get(0));
        List<String> second = groupBy.size() > 1 ? labels(data, groupBy.get(1)) : List.of("");
        for (int a = 0; a < first.size(); a++) {
            for (int b = 0; b < second.size(); b++) {
                int cell = table.cell(a, b);
                if (table.counts()[cell] > 0) {
                    List<String> key = groupBy.size() > 1 ? List.of(first.get(a), second.get(b)) : List.of(first.get(a));
                    cells.put(key, new Oracle.Sum(table.counts()[cell], table.keys()[cell]));
                }
            }
        }
        return cells;
    }

    private static List<String> labels(ReleaseData data, String variable) {
        Variable found = data.variables().stream().filter(v -> v.name().equals(variable)).findFirst().orElseThrow();
        List<String> labels = new java.util.ArrayList<>(List.of(Query.NOT_RECORDED));
        labels.addAll(found.values());
        return labels;
    }
}
