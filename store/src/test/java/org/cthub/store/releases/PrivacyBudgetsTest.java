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
import org.cthub.store.Database;
import org.cthub.store.EachDatabase;
import org.cthub.store.StoreException;
import org.cthub.store.TestDatabase;

class PrivacyBudgetsTest {

    private static final PrivacyBudgets.Budget ONE = new PrivacyBudgets.Budget(new BigDecimal("1"),
            new BigDecimal("0.00001"));

    // The database is shared by the class's tests: each test has a dataset of its own.
    private static String dataset(PrivacyBudgets budgets) {
        String dataset = "test-" + UUID.randomUUID();
        budgets.setBudget(dataset, ONE, "administrator");
        return dataset;
    }

    @EachDatabase
    void tenChargesOfOneTenthSpendExactlyTheBudgetAndTheEleventhIsRefused(TestDatabase db) {
        PrivacyBudgets budgets = new PrivacyBudgets(db.database(), Clock.systemUTC());
        String dataset = dataset(budgets);
        for (int i = 0; i < 10; i++) {
            budgets.charge(dataset, "release " + i, new BigDecimal("0.1"), BigDecimal.ZERO, "manager");
        }
        assertThatThrownBy(() -> budgets.charge(dataset, "one more", new BigDecimal("0.0000000001"),
                BigDecimal.ZERO, "manager")).isInstanceOf(PrivacyBudgetRefusedException.class)
                .hasMessageContaining("epsilon 0 and delta 0.00001 left");

        PrivacyBudgets.Status status = budgets.status(dataset);
        assertThat(status.epsilonSpent()).isEqualByComparingTo("1");
        assertThat(status.epsilonRemaining()).isEqualByComparingTo("0");
        assertThat(status.charges()).hasSize(10).extracting(PrivacyBudgets.Charge::purpose).startsWith("release 0");
        assertThat(status.budgetSetBy()).isEqualTo("administrator");
    }

    @EachDatabase
    void refusesAChargePastTheDeltaBudgetAndChargesNothing(TestDatabase db) {
        PrivacyBudgets budgets = new PrivacyBudgets(db.database(), Clock.systemUTC());
        String dataset = dataset(budgets);
        budgets.charge(dataset, "synthetic", new BigDecimal("0.5"), new BigDecimal("0.000006"), "manager");
        assertThatThrownBy(() -> budgets.charge(dataset, "synthetic again", new BigDecimal("0.1"),
                new BigDecimal("0.000006"), "manager")).isInstanceOf(PrivacyBudgetRefusedException.class);

        PrivacyBudgets.Status status = budgets.status(dataset);
        assertThat(status.charges()).hasSize(1);
        assertThat(status.deltaSpent()).isEqualByComparingTo("0.000006");
        assertThat(status.epsilonRemaining()).isEqualByComparingTo("0.5");
    }

    /** A finer epsilon than the store keeps would be rounded down and slip past the budget: it is refused. */
    @EachDatabase
    void refusesAnEpsilonFinerThanTheStoreKeeps(TestDatabase db) {
        PrivacyBudgets budgets = new PrivacyBudgets(db.database(), Clock.systemUTC());
        String dataset = dataset(budgets);
        assertThatThrownBy(() -> budgets.charge(dataset, "fine", new BigDecimal("0.33333333334"), BigDecimal.ZERO,
                "manager")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10 decimals");
        assertThat(budgets.status(dataset).charges()).isEmpty();
    }

    @EachDatabase
    void aLoweredBudgetRefusesFurtherChargesAndAnUnknownDatasetHasNone(TestDatabase db) {
        PrivacyBudgets budgets = new PrivacyBudgets(db.database(), Clock.systemUTC());
        String dataset = dataset(budgets);
        budgets.charge(dataset, "first", new BigDecimal("0.6"), BigDecimal.ZERO, "manager");
        budgets.setBudget(dataset, new PrivacyBudgets.Budget(new BigDecimal("0.5"), BigDecimal.ZERO), "board");

        assertThatThrownBy(() -> budgets.charge(dataset, "second", new BigDecimal("0.1"), BigDecimal.ZERO,
                "manager")).isInstanceOf(PrivacyBudgetRefusedException.class);
        assertThat(budgets.status(dataset).epsilonRemaining()).isEqualByComparingTo("0");
        assertThat(budgets.status(dataset).budgetSetBy()).isEqualTo("board");
        assertThatThrownBy(() -> budgets.charge("no-such-dataset", "x", BigDecimal.ONE, BigDecimal.ZERO, "manager"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @EachDatabase
    void aChargeIsAttachedToItsReleaseOnce(TestDatabase db) throws IOException {
        PrivacyBudgets budgets = new PrivacyBudgets(db.database(), Clock.systemUTC());
        Releases releases = new Releases(db.database(), Clock.systemUTC());
        Path home = Files.createTempDirectory("budget-test");
        String dataset = dataset(budgets);
        long charge = budgets.charge(dataset, "k-anonymity", new BigDecimal("0.25"), BigDecimal.ZERO, "cli");
        long first = recorded(releases, home);
        long second = recorded(releases, home);
        budgets.attach(charge, first);
        budgets.attach(charge, second);

        assertThat(budgets.status(dataset).charges()).singleElement()
                .satisfies(c -> assertThat(c.releaseId()).isEqualTo(first))
                .satisfies(c -> assertThat(c.chargedBy()).isEqualTo("cli"));
    }

    /** Two builds at once must not both take the last of the budget. */
    @EachDatabase
    void concurrentChargesNeverExceedTheBudget(TestDatabase db) throws Exception {
        assertRaceSpendsAtMostTheBudget(db.database());
    }

    /**
     * Under REPEATABLE READ a sum read after waiting for a lock would miss the charges committed meanwhile; the
     * guarded update cannot: PostgreSQL refuses the late one with a serialization failure instead.
     */
    @EachDatabase
    void concurrentChargesNeverExceedTheBudgetUnderRepeatableRead(TestDatabase db) throws Exception {
        if (db.vendor() != Database.Vendor.POSTGRESQL) {
            assertRaceSpendsAtMostTheBudget(db.database());
            return;
        }
        try (Database repeatable = Database.open(db.url()
                + "&options=-c%20default_transaction_isolation%3Drepeatable%5C%20read")) {
            String isolation = repeatable.inTransaction(connection -> {
                try (var statement = connection.createStatement();
                     var row = statement.executeQuery("SHOW transaction_isolation")) {
                    row.next();
                    return row.getString(1);
                }
            });
            assertThat(isolation).isEqualTo("repeatable read");
            assertRaceSpendsAtMostTheBudget(repeatable);
        }
    }

    @EachDatabase
    void theCollaborativesDatasetHasItsDefaultBudgetFromTheMigration(TestDatabase db) {
        PrivacyBudgets.Status status = new PrivacyBudgets(db.database(), Clock.systemUTC())
                .status(PrivacyBudgets.CONSENTING_CASES);
        assertThat(status.epsilonBudget()).isEqualByComparingTo("20");
        assertThat(status.deltaBudget()).isEqualByComparingTo("0.00001");
        assertThat(status.budgetSetBy()).isEqualTo("installation");
    }

    private static void assertRaceSpendsAtMostTheBudget(Database database) throws Exception {
        PrivacyBudgets budgets = new PrivacyBudgets(database, Clock.systemUTC());
        String dataset = dataset(budgets);
        budgets.charge(dataset, "first", new BigDecimal("0.01"), BigDecimal.ZERO, "manager");
        List<Callable<Boolean>> builds = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            builds.add(() -> {
                try {
                    budgets.charge(dataset, "race", new BigDecimal("0.33"), BigDecimal.ZERO, "manager");
                    return true;
                } catch (StoreException refusedOrSerialisationFailure) {
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
        PrivacyBudgets.Status status = budgets.status(dataset);
        assertThat(accepted).isBetween(1, 3);
        assertThat(status.charges()).hasSize(accepted + 1);
        assertThat(status.epsilonSpent()).isEqualByComparingTo(new BigDecimal("0.01")
                .add(new BigDecimal("0.33").multiply(BigDecimal.valueOf(accepted))));
        assertThat(status.epsilonSpent()).isLessThanOrEqualTo(BigDecimal.ONE);
    }

    private static long recorded(Releases releases, Path home) throws IOException {
        Path staging = Files.createTempDirectory(home, "staging");
        Files.writeString(staging.resolve("data.csv"), "a,b\n1,2\n");
        NewRelease release = new NewRelease("k-anonymity", "k=11", true, 1, 0, Checksums.of(staging));
        return releases.record(release, "manager", id -> home.relativize(staging).toString());
    }
}
