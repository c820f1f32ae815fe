package org.cthub.store.retention;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.store.TestCases;
import org.cthub.store.TestDatabase;
import org.cthub.store.TestStore;
import org.cthub.store.cases.CaseIdentifiers;
import org.cthub.store.crypto.EncryptedValue;
import org.cthub.store.crypto.IdentifierCipher;
import org.cthub.store.referrals.Referrals;

/** The retention services on a test database, and ways to close cases and read them back decrypted. */
final class RetentionWorld {

    static final Instant NOW = TestStore.NOW;

    final TestDatabase db;
    final TestStore store;
    final TestCases cases;
    final Referrals referrals;
    final RetentionSettings settings;
    final SubjectRequests requests;

    RetentionWorld(TestDatabase db) {
        this.db = db;
        store = TestStore.on(db);
        cases = new TestCases(store, 23);
        referrals = new Referrals(db.database(), store.rows(), new IdentifierCipher(store.keys()), store.clock());
        settings = new RetentionSettings(db.database(), store.clock());
        requests = new SubjectRequests(db.database(), store.rows(), referrals, store.clock());
    }

    Retention retention(int batchSize) {
        return new Retention(db.database(), store.rows(), batchSize);
    }

    /** Writes a case closed some days before {@link #NOW}. */
    long closed(long organisationId, String reference, double daysAgo) {
        long id = cases.write(organisationId, reference);
        close(id, daysAgo);
        return id;
    }

    /** Closes a case some days before {@link #NOW}, and gives it a match key. */
    void close(long caseId, double daysAgo) {
        db.update("UPDATE trafficking_case SET closed_at = ?, status = 'Closed', match_key = 'mk' WHERE id = ?",
                NOW.minus(Duration.ofSeconds((long) (daysAgo * 86_400))).atOffset(ZoneOffset.UTC), caseId);
    }

    /** The case's current record, decrypted. */
    CaseRecord current(long caseId) {
        return restore(db.rows("SELECT c.organisation_id, c.reference, c.record_json, c.identifiers, c.key_id "
                + "FROM trafficking_case c WHERE c.id = ?", caseId).getFirst(), caseId);
    }

    /** Every earlier version of the case, decrypted, oldest first. */
    List<CaseRecord> history(long caseId) {
        return db.rows("SELECT h.record_json, h.identifiers, h.key_id FROM trafficking_case_history h "
                + "WHERE h.case_id = ? ORDER BY h.version", caseId).stream().map(row -> restore(row, caseId)).toList();
    }

    Map<String, Object> row(long caseId) {
        return db.rows("SELECT * FROM trafficking_case WHERE id = ?", caseId).getFirst();
    }

    private CaseRecord restore(Map<String, Object> row, long caseId) {
        Map<String, Object> place = row(caseId);
        return new CaseIdentifiers(store.rows()).restore((Long) place.get("organisation_id"),
                (String) place.get("reference"), (String) row.get("record_json"),
                new EncryptedValue((String) row.get("key_id"), (String) row.get("identifiers")));
    }
}
