package org.cthub.store.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.store.Database;
import org.cthub.store.EachDatabase;
import org.cthub.store.RandomCases;
import org.cthub.store.TestDatabase;
import org.cthub.store.TestStore;

class CopyBaselineTest {

    @EachDatabase
    void copiesPreparedRowsThatReadBackAsTheRecords(TestDatabase db) {
        TestStore store = TestStore.on(db);
        long organisationId = store.organisations().findOrCreate("COPY-BASELINE", "bench").id();
        RandomCases random = new RandomCases(11);
        List<CaseRecord> records = IntStream.rangeClosed(1, 1500)
                .mapToObj(i -> random.next(String.format("COPY-%05d", i))).toList();
        var rows = records.stream().map(record -> store.rows().prepare(organisationId, record)).iterator();

        if (db.vendor() == Database.Vendor.H2) {
            assertThatThrownBy(() -> store.cases().copyBaseline(rows, "bench"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("PostgreSQL");
            return;
        }
        long copied = store.cases().copyBaseline(rows, "bench");

        assertThat(copied).isEqualTo(1500);
        try (Stream<StoredCase> exported = store.cases().export("COPY-BASELINE")) {
            assertThat(exported.map(StoredCase::record).toList()).isEqualTo(records);
        }
        assertThat(db.number("SELECT COUNT(*) FROM trafficking_case WHERE organisation_id = ? AND version = 1 "
                + "AND created_by = 'bench' AND changed_by = 'bench'", organisationId)).isEqualTo(1500);
        long withMatchKey = records.stream().filter(record -> !store.rows().matchKeys(record.person().birthdate(),
                record.person().firstName(), record.person().middleName(), record.person().secondName()).isEmpty())
                .count();
        assertThat(db.number("SELECT COUNT(match_key) FROM trafficking_case WHERE organisation_id = ?",
                organisationId)).isEqualTo(withMatchKey).isPositive();
    }
}
