package org.cthub.store.retention;

import static org.assertj.core.api.Assertions.assertThat;

import org.cthub.store.Database;
import org.cthub.store.EachDatabase;
import org.cthub.store.TestDatabase;

/**
 * Retention of 100,000 closed cases, each with one earlier version, in batches. Run by hand, not by the build
 * (its name does not end in Test): {@code mvn -o -pl store verify -Dtest=RetentionScaleCheck
 * -Dsurefire.failIfNoSpecifiedTests=false}. The cases are copies of one case made in SQL: retention never
 * decrypts, so copies whose ciphertext belongs to another reference cost the same as real cases.
 *
 * <p>On the shared 2-core machine: H2 15 s, PostgreSQL 8 s, a second run a few milliseconds.
 */
class RetentionScaleCheck {

    private static final int CASES = 100_000;

    @EachDatabase
    void erasesAHundredThousandClosedCasesInBatches(TestDatabase db) {
        RetentionWorld world = new RetentionWorld(db);
        long organisation = world.cases.organisation();
        long seed = world.closed(organisation, "SEED", 400);
        db.update("UPDATE trafficking_case SET version = 2 WHERE id = ?", seed);
        String numbers = db.vendor() == Database.Vendor.H2 ? "SYSTEM_RANGE(2, " + CASES + ") g(n)"
                : "generate_series(2, " + CASES + ") g(n)";
        db.update("INSERT INTO trafficking_case (organisation_id, reference, version, status, record_json, "
                + "identifiers, key_id, created_at, created_by, changed_at, changed_by, closed_at, match_key) "
                + "SELECT c.organisation_id, CONCAT('R-', CAST(g.n AS VARCHAR(20))), 2, c.status, c.record_json, "
                + "c.identifiers, c.key_id, c.created_at, c.created_by, c.changed_at, c.changed_by, c.closed_at, 'mk' "
                + "FROM trafficking_case c, " + numbers + " WHERE c.id = ?", seed);
        db.update("INSERT INTO trafficking_case_history (case_id, version, record_json, identifiers, key_id, "
                + "changed_at, changed_by) SELECT id, 1, record_json, identifiers, key_id, changed_at, changed_by "
                + "FROM trafficking_case WHERE organisation_id = ?", organisation);
        Retention retention = new Retention(db.database(), world.store.rows());

        long start = System.nanoTime();
        RetentionReport report = retention.run(RetentionWorld.NOW, 365, "system");
        long took = System.nanoTime() - start;
        long again = System.nanoTime();
        RetentionReport second = retention.run(RetentionWorld.NOW, 365, "system");
        long tookAgain = System.nanoTime() - again;

        System.out.printf("%s: %d cases erased in %d ms, second run %d ms%n", db.vendor(), report.total(),
                took / 1_000_000, tookAgain / 1_000_000);
        assertThat(report.total()).isEqualTo(CASES);
        assertThat(second.total()).isZero();
        assertThat(db.number("SELECT COUNT(*) FROM trafficking_case WHERE organisation_id = ? "
                + "AND identifiers_erased_at IS NULL", organisation)).isZero();
        assertThat(db.number("SELECT COUNT(*) FROM trafficking_case_history h JOIN trafficking_case c "
                + "ON c.id = h.case_id WHERE c.organisation_id = ?", organisation)).isEqualTo(2L * CASES);
    }
}
