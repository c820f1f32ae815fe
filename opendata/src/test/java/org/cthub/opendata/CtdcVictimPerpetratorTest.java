package org.cthub.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Real-shaped data: 400 rows drawn from CTDC's victim-perpetrator synthetic dataset (v1, Dec 2022,
 * ../shared/ctdc), with year bands and values joined by {@code ;}.
 */
class CtdcVictimPerpetratorTest {

    private static final Path SAMPLE = Path.of("src/test/resources/ctdc-vp-2022-sample.csv");

    @Test
    void readsTheLayoutWithJoinedValuesAsFlags() throws IOException {
        ReleaseData data = ReleaseData.read(SAMPLE, 1);
        assertThat(data.layout()).isEqualTo("ctdc-vp-2022");
        assertThat(data.rows()).isEqualTo(400);
        assertThat(data.variables()).extracting(Variable::name).contains("yearRegister", "IP_Gender", "perpetratorRole");
        assertThat(data.flags("IP_Gender").values()).containsExactly("Female", "Male");
        assertThat(data.category("yearRegister").values()).containsExactly("2005-2013", "2014-2018", "2019", "2020",
                "2021-2022");
    }

    @Test
    void agreesWithTheOracle() throws IOException {
        List<String> header;
        List<String[]> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(SAMPLE, StandardCharsets.UTF_8);
             var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            header = parser.getHeaderNames();
            for (CSVRecord record : parser) {
                rows.add(record.values());
            }
        }
        ReleaseData data = ReleaseData.read(SAMPLE, 1);
        Oracle oracle = new Oracle(ReleaseSchema.ctdcVp2022(), header, rows, data);
        Random random = new Random(2022);
        TabulatorTest.assertAgrees(data, oracle, Query.groupBy("IP_Relation", "UN_COO_Region",
                new Filter.YearRange("yearRegister", 2014, 2020)));
        for (int q = 0; q < 200; q++) {
            TabulatorTest.assertAgrees(data, oracle, RandomQueries.next(random, data.variables()));
        }
    }

    @Test
    void aYearRangeTakesOnlyBandsThatLieWithinIt() throws IOException {
        ReleaseData data = ReleaseData.read(SAMPLE, 1);
        Tabulation inside = Tabulator.tabulate(data, Query.count(new Filter.YearRange("yearRegister", 2014, 2019)));
        Tabulation asValues = Tabulator.tabulate(data, Query.count(new Filter.Values("yearRegister",
                Set.of("2014-2018", "2019"))));
        assertThat(inside.total()).isEqualTo(asValues.total()).isEqualTo(198 + 52);
    }

    @Test
    void namesTheVariableOrValueItDoesNotKnow() throws IOException {
        OpenRelease release = new OpenRelease(ReleaseData.read(SAMPLE, 1), SmallCellProtection.forThreshold(5));
        assertThatThrownBy(() -> release.answer(Query.groupBy("citizenship")))
                .isInstanceOfSatisfying(QueryException.class, e -> {
                    assertThat(e.code()).isEqualTo(QueryException.Code.UNKNOWN_VARIABLE);
                    assertThat(e.variable()).isEqualTo("citizenship");
                });
        assertThatThrownBy(() -> release.answer(Query.count(new Filter.Values("gender", Set.of("Woman")))))
                .isInstanceOfSatisfying(QueryException.class,
                        e -> assertThat(e.code()).isEqualTo(QueryException.Code.UNKNOWN_VALUE));
        assertThatThrownBy(() -> release.answer(Query.count(new Filter.YearRange("gender", 2000, 2010))))
                .isInstanceOfSatisfying(QueryException.class,
                        e -> assertThat(e.code()).isEqualTo(QueryException.Code.NOT_A_YEAR_VARIABLE));
    }

    @Test
    void refusesAFlagThatIsNeitherOneNorEmptyNamingRowAndColumn() {
        List<String> header = RandomReleases.HEADER;
        String[] row = new String[header.size()];
        java.util.Arrays.fill(row, "");
        row[header.indexOf("isForcedLabour")] = "yes";
        assertThatThrownBy(() -> ReleaseData.of(ReleaseSchema.ctdc2024(), header, List.<String[]>of(row), 1))
                .hasMessageContaining("row 1").hasMessageContaining("isForcedLabour").hasMessageContaining("yes");
    }
}
