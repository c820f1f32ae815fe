package org.cthub.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;

/**
 * Differencing attacks on a small cell. Each trial builds a release where {@code n < k} records (the target) are
 * the only ones with citizenship MDA, beside about 2,000 others, under its own secret; the attacker asks questions
 * that are each answered (none is under the threshold) and whose difference is exactly the target, then guesses
 * {@code n} from it, clamped to 1..k-1, which is the best guess of an attacker who knows the noise law.
 *
 * <p>Without noise every guess would be right. The test asserts that the small cell itself is never shown, and
 * that the guesses are right about as rarely as the noise law says they should be (for ε = 0.5, k = 11 and a
 * uniform n: about 22 % for one difference), never as often as an exact answer would make them.
 */
class DifferencingAttackTest {

    private static final int K = 11;
    private static final int TRIALS = 600;
    private static final List<String> HEADER = RandomReleases.HEADER;

    @Test
    void twoFiltersWhoseDifferenceIsTheSmallCell() {
        double hits = attack(release -> shown(release.answer(Query.count(citizenship("UKR", "MDA"))).total())
                - shown(release.answer(Query.count(citizenship("UKR"))).total()));
        assertThat(hits).isLessThan(0.30);
    }

    @Test
    void theTotalMinusTheVisibleCells() {
        double hits = attack(release -> {
            Answer byCitizenship = release.answer(Query.groupBy("citizenship"));
            assertThat(ProtectionTest.cell(byCitizenship, "MDA")).isEqualTo(new ProtectedCount.FewerThan(K));
            long visible = byCitizenship.cells().stream().mapToLong(c -> c.count() instanceof ProtectedCount.Shown s
                    ? s.value() : 0).sum();
            return shown(byCitizenship.total()) - visible;
        });
        assertThat(hits).isLessThan(0.30);
    }

    @Test
    void aGroupAgainstAFilteredTotal() {
        double hits = attack(release -> {
            long everyone = shown(release.answer(Query.count(new Filter.Values("gender", Set.of("Woman")))).total());
            long othersByCitizenship = shown(ProtectionTest.cell(release.answer(Query.groupBy("citizenship",
                    new Filter.Values("gender", Set.of("Woman")))), "UKR"));
            return everyone - othersByCitizenship;
        });
        assertThat(hits).isLessThan(0.30);
    }

    @Test
    void aFlagGroupAgainstTheRecordedCount() {
        // the target alone has forced labour and sexual exploitation both; the others one of them each
        double hits = attack(release -> {
            Answer byType = release.answer(Query.groupBy("typeOfExploitation"));
            long flagged = byType.cells().stream().mapToLong(c -> c.count() instanceof ProtectedCount.Shown s
                    ? s.value() : 0).sum();
            return flagged - shown(byType.recorded().get(0).count());
        });
        assertThat(hits).isLessThan(0.30);
    }

    @Test
    void askingAgainAndAgainDoesNotAverageTheNoiseAway() {
        double hits = attack(release -> {
            long sum = 0;
            for (int repeat = 0; repeat < 50; repeat++) {
                sum += shown(release.answer(Query.count(citizenship("UKR", "MDA"))).total())
                        - shown(release.answer(Query.count(citizenship("UKR"))).total());
            }
            return Math.round(sum / 50.0);
        });
        assertThat(hits).isLessThan(0.30);
    }

    /** The share of trials in which the attacker's clamped guess is the target's size. */
    private static double attack(ToLongFunction<OpenRelease> estimate) {
        int hits = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            Random random = new Random(trial);
            int target = 1 + trial % (K - 1);
            OpenRelease release = new OpenRelease(ReleaseData.of(ReleaseSchema.ctdc2024(), HEADER,
                    rows(random, target), random.nextLong()), SmallCellProtection.forThreshold(K));
            assertThat(release.answer(Query.count(citizenship("MDA"))).total())
                    .isEqualTo(new ProtectedCount.FewerThan(K));
            long guess = Math.max(1, Math.min(K - 1, estimate.applyAsLong(release)));
            if (guess == target) {
                hits++;
            }
        }
        System.out.printf("differencing attack: right in %d of %d trials%n", hits, TRIALS);
        return hits / (double) TRIALS;
    }

    private static List<String[]> rows(Random random, int target) {
        List<String[]> rows = new ArrayList<>();
        int others = 2_000 + random.nextInt(50);
        for (int r = 0; r < others + target; r++) {
            boolean isTarget = r >= others;
            String[] row = new String[HEADER.size()];
            java.util.Arrays.fill(row, "");
            row[HEADER.indexOf("yearOfRegistration")] = String.valueOf(2015 + random.nextInt(5));
            row[HEADER.indexOf("gender")] = isTarget || random.nextBoolean() ? "Woman" : "Man";
            row[HEADER.indexOf("citizenship")] = isTarget ? "MDA" : "UKR";
            if (isTarget) {
                row[HEADER.indexOf("isForcedLabour")] = "1";
                row[HEADER.indexOf("isSexualExploit")] = "1";
            } else {
                row[HEADER.indexOf(random.nextBoolean() ? "isForcedLabour" : "isSexualExploit")] = "1";
            }
            rows.add(row);
        }
        return rows;
    }

    private static Filter citizenship(String... values) {
        return new Filter.Values("citizenship", Set.of(values));
    }

    private static long shown(ProtectedCount count) {
        return ((ProtectedCount.Shown) count).value();
    }
}
