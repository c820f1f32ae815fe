package org.cthub.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The regions CT Hub derives from citizenship and the country of exploitation: each record's region is its
 * country's, its sub-region's or its region's, and counting by region is counting the rows whose source value
 * lies in the region (brute force, from the standard's table read separately).
 */
class DerivedRegionTest {

    private static final int CITIZENSHIP = RandomReleases.HEADER.indexOf("citizenship");
    private static final int EXPLOITATION = RandomReleases.HEADER.indexOf("CountryOfExploitation");

    @Test
    void mapsCountriesSubRegionsAndRegionsToTheirRegionAndTheRestToNotRecorded() {
        List<String[]> rows = new ArrayList<>();
        String[][] pairs = {{"UKR", "Europe"}, {"Eastern Europe", "Europe"}, {"Europe", "Europe"}, {"PHL", "Asia"},
                {"South-eastern Asia", "Asia"}, {"NGA", "Africa"}, {"*", null}, {"Unknown", null}, {"", null},
                {"ATA", null}, {"Atlantis", null}};
        for (String[] pair : pairs) {
            String[] row = blank();
            row[CITIZENSHIP] = pair[0];
            row[EXPLOITATION] = pair[0];
            rows.add(row);
        }
        ReleaseData data = ReleaseData.of(ReleaseSchema.ctdc2024(), RandomReleases.HEADER, rows, 1);
        Map<List<String>, Long> counts = data.unprotectedCounts(Query.groupBy("citizenshipRegion"));
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(List.of("Europe"), 3L, List.of("Asia"), 2L,
                List.of("Africa"), 1L, List.of(Query.NOT_RECORDED), 5L));
        assertThat(data.unprotectedCounts(Query.groupBy("citizenshipRegion", new Filter.Values("exploitationRegion",
                Set.of("Europe"))))).containsExactly(Map.entry(List.of("Europe"), 3L));
        assertThat(data.variables()).filteredOn(v -> v.name().equals("exploitationRegion"))
                .singleElement().satisfies(v -> {
                    assertThat(v.kind()).isEqualTo(VariableKind.CATEGORY);
                    assertThat(v.values()).containsExactly("Africa", "Asia", "Europe");
                });
        assertThat(ReleaseSchema.ctdc2024().derived()).extracting(ReleaseSchema.RegionOf::name)
                .containsExactly("citizenshipRegion", "exploitationRegion");
        assertThat(ReleaseSchema.ctdcVp2022().derived()).as("the VP layout publishes its own regions").isEmpty();
    }

    @Property(tries = 200)
    void regionToRegionFlowsAreTheBruteForceCountsOfTheirCountries(@ForAll long seed,
                                                                   @ForAll @IntRange(min = 0, max = 800) int size) {
        List<String[]> rows = RandomReleases.rows(new Random(seed), size);
        ReleaseData data = ReleaseData.of(ReleaseSchema.ctdc2024(), RandomReleases.HEADER, rows, seed);
        Map<List<String>, Long> expected = new HashMap<>();
        for (String[] row : rows) {
            expected.merge(List.of(region(row[CITIZENSHIP]), region(row[EXPLOITATION])), 1L, Long::sum);
        }
        assertThat(data.unprotectedCounts(Query.groupBy("citizenshipRegion", "exploitationRegion")))
                .containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Property(tries = 100)
    void everyFlowCellIsProtected(@ForAll long seed, @ForAll @IntRange(min = 0, max = 800) int size) {
        List<String[]> rows = RandomReleases.rows(new Random(seed), size);
        ReleaseData data = ReleaseData.of(ReleaseSchema.ctdc2024(), RandomReleases.HEADER, rows, seed);
        Query flows = Query.groupBy("citizenshipRegion", "exploitationRegion");
        Map<List<String>, Long> truth = data.unprotectedCounts(flows);
        Answer answer = new OpenRelease(data, SmallCellProtection.forThreshold(11)).answer(flows);
        for (Answer.Cell cell : answer.cells()) {
            long count = truth.getOrDefault(cell.values(), 0L);
            if (count < 11) {
                assertThat(cell.count()).isEqualTo(new ProtectedCount.FewerThan(11));
            } else {
                assertThat(((ProtectedCount.Shown) cell.count()).value()).isGreaterThanOrEqualTo(11);
            }
        }
    }

    private static String region(String value) {
        String region = CountryTable.REGIONS.get(value.strip().toLowerCase(java.util.Locale.ROOT));
        return region == null ? Query.NOT_RECORDED : region;
    }

    private static String[] blank() {
        String[] row = new String[RandomReleases.HEADER.size()];
        java.util.Arrays.fill(row, "");
        row[0] = "2019";
        return row;
    }
}
