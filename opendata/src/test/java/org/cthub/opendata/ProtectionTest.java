package org.cthub.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** What every answer shows: never a count under the threshold, and the same records always the same way. */
class ProtectionTest {

    private static final int K = 11;

    @Property(tries = 200)
    void noPublishedCountIsUnderTheThreshold(@ForAll long seed, @ForAll @IntRange(min = 0, max = 600) int size) {
        Random random = new Random(seed);
        List<String[]> rows = RandomReleases.rows(random, size);
        ReleaseData data = ReleaseData.of(ReleaseSchema.ctdc2024(), RandomReleases.HEADER, rows, seed);
        OpenRelease release = new OpenRelease(data, SmallCellProtection.forThreshold(K));
        for (int q = 0; q < 20; q++) {
            Query query = RandomQueries.next(random, data.variables());
            Answer answer = release.answer(query);
            Tabulation truth = Tabulator.tabulate(data, query);
            assertProtected(answer.total(), truth.total());
            for (int v = 0; v < query.groupBy().size(); v++) {
                assertProtected(answer.recorded().get(v).count(), truth.recorded()[v]);
            }
            for (Answer.Cell cell : answer.cells()) {
                assertThat(cell.count()).satisfiesAnyOf(
                        count -> assertThat(count).isEqualTo(new ProtectedCount.FewerThan(K)),
                        count -> assertThat(((ProtectedCount.Shown) count).value()).isGreaterThanOrEqualTo(K));
            }
            long shownCells = answer.cells().stream().filter(c -> c.count() instanceof ProtectedCount.Shown).count();
            long largeCells = java.util.Arrays.stream(truth.counts()).filter(n -> n >= K).count();
            assertThat(shownCells).as("cells shown are exactly those of k records or more").isEqualTo(largeCells);
        }
    }

    @Test
    void theSameRecordsGetTheSameCountHoweverTheQuestionIsPut() {
        Random random = new Random(3);
        List<String[]> rows = RandomReleases.rows(random, 5_000);
        ReleaseData data = ReleaseData.of(ReleaseSchema.ctdc2024(), RandomReleases.HEADER, rows, 99);
        OpenRelease release = new OpenRelease(data, SmallCellProtection.forThreshold(K));
        Filter ukraine = new Filter.Values("citizenship", Set.of("UKR"));

        Answer byGender = release.answer(Query.groupBy("gender", ukraine));
        ProtectedCount womenInGroup = cell(byGender, "Woman");
        assertThat(womenInGroup).isInstanceOf(ProtectedCount.Shown.class);
        assertThat(release.answer(Query.count(ukraine, new Filter.Values("gender", Set.of("Woman")))).total())
                .as("a group of one answer and the filtered total of another").isEqualTo(womenInGroup);
        assertThat(cell(release.answer(Query.groupBy("citizenship", new Filter.Values("gender", Set.of("Woman")))), "UKR"))
                .as("the same cell grouped the other way").isEqualTo(womenInGroup);
        for (int repeat = 0; repeat < 5; repeat++) {
            assertThat(release.answer(Query.groupBy("gender", ukraine))).isEqualTo(byGender);
        }
        List<String> exactYears = data.category("yearOfRegistration").values().stream()
                .filter(v -> v.matches("\\d{4}") && Integer.parseInt(v) >= 2016 && Integer.parseInt(v) <= 2018).toList();
        assertThat(release.answer(Query.count(new Filter.YearRange("yearOfRegistration", 2016, 2018))).total())
                .as("a year range and the same years as values").isEqualTo(release.answer(
                        Query.count(new Filter.Values("yearOfRegistration", Set.copyOf(exactYears)))).total());
        assertThat(new OpenRelease(ReleaseData.of(ReleaseSchema.ctdc2024(), RandomReleases.HEADER, rows, 99),
                SmallCellProtection.forThreshold(K)).answer(Query.groupBy("gender", ukraine)))
                .as("the release loaded again, as after a restart").isEqualTo(byGender);
    }

    @Test
    void aPublishedCountIsTheTruthPlusNoiseThatAveragesToNothing() {
        SmallCellProtection protection = SmallCellProtection.forThreshold(K);
        Random random = new Random(5);
        double sum = 0;
        double absolute = 0;
        int draws = 200_000;
        for (int i = 0; i < draws; i++) {
            int d = protection.perturbation(random.nextInt());
            sum += d;
            absolute += Math.abs(d);
        }
        double alpha = Math.exp(-SmallCellProtection.DEFAULT_EPSILON);
        assertThat(sum / draws).isCloseTo(0.0, org.assertj.core.data.Offset.offset(0.03));
        // E|D1 - D2| for two geometric variables: 2α / (1 - α²)
        assertThat(absolute / draws).isCloseTo(2 * alpha / (1 - alpha * alpha), org.assertj.core.data.Offset.offset(0.03));
    }

    @Test
    void refusesNoNoiseAndNoThreshold() {
        assertThatThrownBy(() -> new SmallCellProtection(0, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SmallCellProtection(11, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SmallCellProtection(11, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static ProtectedCount cell(Answer answer, String... values) {
        return answer.cells().stream().filter(c -> c.values().equals(List.of(values))).findFirst().orElseThrow()
                .count();
    }

    private static void assertProtected(ProtectedCount published, long truth) {
        if (truth < K) {
            assertThat(published).isEqualTo(new ProtectedCount.FewerThan(K));
        } else {
            assertThat(((ProtectedCount.Shown) published).value()).isGreaterThanOrEqualTo(K);
        }
    }
}
