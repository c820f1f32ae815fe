package org.cthub.store.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cthub.standard.htcds.CaseStatus;
import org.cthub.store.Database;
import org.cthub.store.EachDatabase;
import org.cthub.store.TestDatabase;
import org.junit.jupiter.api.Assumptions;

/**
 * The case list on PostgreSQL with 100,000 cases: a page of the organisation's own cases walks the
 * registration index in the list's order and stops after the page, instead of reading and sorting them all;
 * the count reads the index alone. Checked with EXPLAIN ANALYZE, so a lost index or a rewritten query shows.
 */
class CaseSearchPlanTest {

    private static final int CASES = 100_000;
    private static final Pattern INDEX_ROWS = Pattern.compile("ix_trafficking_case_registration.*actual time=\\S+ "
            + "rows=(\\d+)");

    @EachDatabase
    void aPageReadsAboutItsOwnRowsOf100000Cases(TestDatabase db) {
        Assumptions.assumeTrue(db.vendor() == Database.Vendor.POSTGRESQL, "the plans are PostgreSQL's");
        Fixture fixture = Fixture.on(db);
        long template = fixture.newCase();
        // Copies of one case; their identifiers are bound to its reference, so they count as erased.
        db.update("INSERT INTO trafficking_case (organisation_id, reference, status, registration_date, citizenship, "
                + "caseworker, record_json, identifiers, key_id, identifiers_erased_at, created_at, created_by, "
                + "changed_at, changed_by) SELECT CASE WHEN n % 20 = 0 THEN ? ELSE ? END, 'GEN-' || n, "
                + "CASE WHEN n % 10 = 0 THEN 'Closed' ELSE 'Active' END, DATE '2015-01-01' + (n % 3650), "
                + "CASE WHEN n % 3 = 0 THEN 'NGA' ELSE 'THA' END, 'worker' || (n % 50), t.record_json, t.identifiers, "
                + "t.key_id, t.created_at, t.created_at, t.created_by, t.changed_at, t.changed_by "
                + "FROM generate_series(1, ?) n, trafficking_case t WHERE t.id = ?",
                fixture.other().id(), fixture.own().id(), CASES, template);
        vacuum(db);
        CaseQuery all = CaseQuery.visibleTo(fixture.own().id());

        assertReadsAtMost(explain(db, CaseSearch.ids(all, false)), 25);
        assertReadsAtMost(explain(db, CaseSearch.ids(all.withStatuses(EnumSet.of(CaseStatus.ACTIVE)).page(25, 100),
                false)), 200);
        assertReadsAtMost(explain(db, CaseSearch.ids(all.withCitizenship("NGA"), false)), 100);
        assertThat(explain(db, CaseSearch.count(all, false, null)))
                .contains("Index Only Scan using ix_trafficking_case_registration");
        assertReadsAtMost(explain(db, CaseSearch.count(all, false, CasePage.COUNT_LIMIT + 1)),
                (int) CasePage.COUNT_LIMIT + 1);
        CasePage page = fixture.casework().cases().search(all);
        assertThat(page.total()).isEqualTo(Math.min(CASES - CASES / 20 + 1, CasePage.COUNT_LIMIT + 1));
        assertThat(page.moreThanLimit()).isEqualTo(CASES - CASES / 20 + 1 > CasePage.COUNT_LIMIT);
        assertThat(fixture.casework().cases().count(all)).isEqualTo(CASES - CASES / 20 + 1);
        assertThat(page.items()).hasSize(CaseQuery.DEFAULT_LIMIT);
    }

    /** As autovacuum would: statistics, and the visibility map that lets a count read the index alone. */
    private static void vacuum(TestDatabase db) {
        try (Connection connection = db.database().dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("VACUUM ANALYZE trafficking_case");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertReadsAtMost(String plan, int rows) {
        assertThat(plan).doesNotContain("Seq Scan on trafficking_case").doesNotContain("Sort Key");
        Matcher index = INDEX_ROWS.matcher(plan);
        assertThat(index.find()).as(plan).isTrue();
        assertThat(Integer.parseInt(index.group(1))).as(plan).isLessThanOrEqualTo(rows);
    }

    private static String explain(TestDatabase db, CaseSearch.Sql sql) {
        return db.database().inTransaction(connection -> {
            try (PreparedStatement explain = connection.prepareStatement("EXPLAIN (ANALYZE) " + sql.text())) {
                Jdbc.bind(explain, sql.parameters());
                List<String> lines = new ArrayList<>();
                try (ResultSet row = explain.executeQuery()) {
                    while (row.next()) {
                        lines.add(row.getString(1));
                    }
                }
                return String.join("\n", lines);
            }
        });
    }
}
