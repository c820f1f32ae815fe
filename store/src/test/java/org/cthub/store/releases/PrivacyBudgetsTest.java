package org.cthub.store.releases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cthub.store.EachDatabase;
import org.cthub.store.TestDatabase;

class PrivacyBudgetsTest {

    private static final PrivacyBudgets.Budget BUDGET = new PrivacyBudgets.Budget(new BigDecimal("1"),
            new BigDecimal("0.00001"));

    // The database is shared by the class's tests: each test has a dataset of its own.
    private static String dataset() {
        return "test-" + UUID.randomUUID();
    }

    @EachDatabase
    void tenChargesOfOneTenthSpendExactlyTheBudgetAndTheEleventhIsRefused(TestDatabase db) {
        PrivacyBudgets budgets = new PrivacyBudgets(db.database(), Clock.systemUTC());
        String dataset = dataset();
        for (int i = 0; i < 10; i++) {
            budgets.charge(dataset, BUDGET, "release " + i, new BigDecimal("0.1"), BigDecimal.ZERO, "manager");
        }
        assertThatThrownBy(() -> budgets.charge(dataset, BUDGET, "one more", new BigDecimal("0.0000000001"),
                BigDecimal.ZERO, "manager")).isInstanceOf(PrivacyBudgetRefusedException.class)
                .hasMessageContaining("epsilon 0 and delta 0.00001 left");

        PrivacyBudgets.Status status = budgets.status(dataset, BUDGET);
        assertThat(status.epsilonSpent()).isEqualByComparingTo("1");
        assertThat(status.epsilonRemaining()).isEqualByComparingTo("0");
        assertThat(status.charges()).hasSize(10).extracting(PrivacyBudgets.Charge::purpose).startsWith("release 0");
    }

    @EachDatabase
    void refusesAChargePastTheDeltaBudgetAndChargesNothing(TestDatabase db) {
        PrivacyBudgets budgets = new PrivacyBudgets(db.database(), Clock.systemUTC());
        String dataset = dataset();
        budgets.charge(dataset, BUDGET, "synthetic", new BigDecimal("0.5"), new BigDecimal("0.000006"), "manager");
        assertThatThrownBy(() -> budgets.charge(dataset, BUDGET, "synthetic again", new BigDecimal("0.1"),
                new BigDecimal("0.000006"), "manager")).isInstanceOf(PrivacyBudgetRefusedException.class);

        PrivacyBudgets.Status status = budgets.status(dataset, BUDGET);
        assertThat(status.charges()).hasSize(1);
        assertThat(status.deltaSpent()).isEqualByComparingTo("0.000006");
        assertThat(status.epsilonRemaining()).isEqualByComparingTo("0.5");
    }

    @EachDatabase
    void aChargeIsAttachedToItsReleaseOnce(TestDatabase db) throws IOException {
        PrivacyBudgets budgets = new PrivacyBudgets(db.database(), Clock.systemUTC());
        Releases releases = new Releases(db.database(), Clock.systemUTC());
        Path home = Files.createTempDirectory("budget-test");
        String dataset = dataset();
        long charge = budgets.charge(dataset, BUDGET, "k-anonymity", new BigDecimal("0.25"), BigDecimal.ZERO, "cli");
        long first = recorded(releases, home);
        long second = recorded(releases, home);
        budgets.attach(charge, first);
        budgets.attach(charge, second);

        assertThat(budgets.status(dataset, BUDGET).charges()).singleElement()
                .satisfies(c -> assertThat(c.releaseId()).isEqualTo(first))
                .satisfies(c -> assertThat(c.chargedBy()).isEqualTo("cli"));
    }

    /** Two builds at once must not both take the last of the budget: the charge locks its dataset's row. */
    @EachDatabase
    void concurrentChargesNeverExceedTheBudget(TestDatabase db) throws Exception {
        PrivacyBudgets budgets = new PrivacyBudgets(db.database(), Clock.systemUTC());
        String dataset = dataset();
        budgets.charge(dataset, BUDGET, "first", new BigDecimal("0.01"), BigDecimal.ZERO, "manager");
        List<Callable<Boolean>> builds = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            builds.add(() -> {
                try {
                    budgets.charge(dataset, BUDGET, "race", new BigDecimal("0.33"), BigDecimal.ZERO, "manager");
                    return true;
                } catch (PrivacyBudgetRefusedException refused) {
                    return false;
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        int accepted = 0;
        try {
            for (Future<Boolean> outcome : pool.invokeAll(builds)) {
                accepted += outcome.get() ? 1 : 0;
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(accepted).isEqualTo(3);
        assertThat(budgets.status(dataset, BUDGET).epsilonSpent()).isEqualByComparingTo("1.00");
    }

    @EachDatabase
    void theCollaborativesDatasetExistsFromTheMigration(TestDatabase db) {
        PrivacyBudgets budgets = new PrivacyBudgets(db.database(), Clock.systemUTC());
        PrivacyBudgets.Status before = budgets.status(PrivacyBudgets.CONSENTING_CASES, BUDGET);
        assertThat(before.epsilonBudget()).isEqualByComparingTo("1");
        assertThatThrownBy(() -> budgets.charge(PrivacyBudgets.CONSENTING_CASES, BUDGET, "x", BigDecimal.ZERO,
                BigDecimal.ZERO, "manager")).isInstanceOf(IllegalArgumentException.class);
    }

    private static long recorded(Releases releases, Path home) throws IOException {
        Path staging = Files.createTempDirectory(home, "staging");
        Files.writeString(staging.resolve("data.csv"), "a,b\n1,2\n");
        NewRelease release = new NewRelease("k-anonymity", "k=11", true, 1, 0, Checksums.of(staging));
        return releases.record(release, "manager", id -> home.relativize(staging).toString());
    }
}
