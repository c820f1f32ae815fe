package org.cthub.store.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.cthub.standard.htcds.Case;
import org.cthub.standard.htcds.CaseComment;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.store.EachDatabase;
import org.cthub.store.RandomCases;
import org.cthub.store.TestDatabase;
import org.cthub.store.TestStore;
import org.cthub.store.cases.StoredCase;
import org.cthub.store.cases.UnableToWriteCaseException;

class CaseImporterTest {

    private static final AtomicInteger ORGANISATIONS = new AtomicInteger();

    private final RandomCases random = new RandomCases(7);
    private final String organisation = "ORG-" + ORGANISATIONS.incrementAndGet();

    @EachDatabase
    void insertsNewCasesWithTheirBatchAndAuditColumns(TestDatabase db) {
        TestStore store = TestStore.on(db);
        List<CaseRecord> records = cases(3);

        ImportOutcome outcome = store.importer().importBatch(request("file-1", records));

        assertThat(outcome.duplicate()).isFalse();
        assertThat(List.of(outcome.inserted(), outcome.updated(), outcome.unchanged())).containsExactly(3L, 0L, 0L);
        Map<String, Object> batch = db.rows("SELECT * FROM import_batch WHERE id = ?", outcome.batch().id()).getFirst();
        assertThat(batch).containsEntry("status", "COMPLETED").containsEntry("total_rows", 3L)
                .containsEntry("accepted_rows", 3L).containsEntry("rejected_rows", 0L)
                .containsEntry("inserted_cases", 3L).containsEntry("imported_by", "importer")
                .containsEntry("imported_at", TestStore.NOW).containsEntry("sha256", sha("file-1"));
        List<Map<String, Object>> rows = caseRows(db);
        assertThat(rows).hasSize(3).allSatisfy(row -> assertThat(row)
                .containsEntry("version", 1).containsEntry("created_at", TestStore.NOW)
                .containsEntry("created_by", "importer").containsEntry("changed_at", TestStore.NOW)
                .containsEntry("changed_by", "importer").containsEntry("voided", false)
                .containsEntry("key_id", "test1").containsEntry("import_batch_id", outcome.batch().id()));
    }

    @EachDatabase
    void fillsTheQueryColumnsFromTheRecord(TestDatabase db) {
        TestStore store = TestStore.on(db);
        List<CaseRecord> records = cases(20);

        store.importer().importBatch(request("file-1", records));

        List<Map<String, Object>> rows = caseRows(db);
        for (int i = 0; i < records.size(); i++) {
            CaseRecord record = records.get(i);
            Map<String, Object> row = rows.get(i);
            assertThat(row.get("reference")).isEqualTo(record.caseInfo().reference());
            assertThat(row.get("gender")).isEqualTo(record.person().gender() == null ? null
                    : record.person().gender().valueName());
            assertThat(row.get("country_of_exploitation")).isEqualTo(record.victim().countryOfExploitation() == null
                    ? null : record.victim().countryOfExploitation().alpha3());
            assertThat(row.get("consent_to_share")).isEqualTo(record.consent().toShareAnonymised());
            assertThat(row.get("registration_year")).isEqualTo(record.caseInfo().yearOfRegistration());
        }
    }

    @EachDatabase
    void fillsTheMatchKeyOfEveryCaseWithANameAndABirthDate(TestDatabase db) {
        TestStore store = TestStore.on(db);
        List<CaseRecord> records = cases(30);

        store.importer().importBatch(request("file-1", records));

        List<Map<String, Object>> rows = caseRows(db);
        for (int i = 0; i < records.size(); i++) {
            var person = records.get(i).person();
            List<String> expected = store.rows().matchKeys(person.birthdate(), person.firstName(), person.middleName(),
                    person.secondName());
            assertThat(rows.get(i).get("match_key")).isEqualTo(expected.isEmpty() ? null : expected.getFirst());
        }
        assertThat(rows).extracting(row -> row.get("match_key")).filteredOn(java.util.Objects::nonNull)
                .hasSizeGreaterThan(5);
    }

    @EachDatabase
    void keepsNoIdentifierInTheClear(TestDatabase db) {
        TestStore store = TestStore.on(db);
        List<CaseRecord> records = cases(50);

        store.importer().importBatch(request("file-1", records));

        for (Map<String, Object> row : caseRows(db)) {
            assertThat(row.values()).allSatisfy(value -> assertThat(String.valueOf(value))
                    .doesNotContain(RandomCases.SECRET_MARK));
            assertThat(Base64.getDecoder().decode((String) row.get("identifiers"))).hasSizeGreaterThan(28);
        }
        records.stream().filter(record -> record.person().birthdate() != null).forEach(record ->
                assertThat(db.number("SELECT COUNT(*) FROM trafficking_case WHERE record_json LIKE ?",
                        "%" + record.person().birthdate() + "%")).isZero());
    }

    @EachDatabase
    void storesNothingWhenReadingTheFileFailsMidway(TestDatabase db) {
        TestStore store = TestStore.on(db);
        Iterator<CaseRecord> failing = Stream.concat(cases(2500).stream(), Stream.<CaseRecord>generate(() -> {
            throw new IllegalStateException("the file became unreadable");
        })).iterator();

        assertThatThrownBy(() -> store.importer().importBatch(new ImportRequest(organisation, "generated.csv",
                sha("broken"), "csv", "importer", 3000, 0, failing)))
                .isInstanceOf(IllegalStateException.class).hasMessage("the file became unreadable");

        assertThat(db.number("SELECT COUNT(*) FROM import_batch b JOIN organisation o ON o.id = b.organisation_id "
                + "WHERE o.code = ?", organisation)).isZero();
        assertThat(caseRows(db)).isEmpty();
    }

    @EachDatabase
    void importsTheSameFileOnlyOnce(TestDatabase db) {
        TestStore store = TestStore.on(db);
        ImportOutcome first = store.importer().importBatch(request("same bytes", cases(3)));
        Iterator<CaseRecord> unread = cases(5).iterator();

        ImportOutcome second = store.importer().importBatch(new ImportRequest(organisation.toLowerCase(),
                "renamed.csv", sha("same bytes").toUpperCase(), "csv", "someone else", 5, 0, unread));

        assertThat(second.duplicate()).isTrue();
        assertThat(second.batch()).isEqualTo(first.batch());
        assertThat(List.of(second.inserted(), second.updated(), second.unchanged())).containsOnly(0L);
        assertThat(unread.hasNext()).as("the duplicate's records are not even read").isTrue();
        assertThat(caseRows(db)).hasSize(3);
    }

    @EachDatabase
    void updatesAChangedCaseAndKeepsItsPreviousVersion(TestDatabase db) {
        TestStore store = TestStore.on(db);
        List<CaseRecord> original = cases(2);
        ImportOutcome first = store.importer().importBatch(request("monday", original));
        String before = (String) caseRows(db).getFirst().get("record_json");
        CaseRecord changed = random.next(original.getFirst().caseInfo().reference());
        CaseImporter later = new CaseImporter(db.database(), store.organisations(), store.rows(),
                Clock.fixed(TestStore.NOW.plusSeconds(3600), ZoneOffset.UTC));

        ImportOutcome second = later.importBatch(new ImportRequest(organisation, "tuesday.csv", sha("tuesday"),
                "csv", "editor", 3, 0, List.of(changed, original.get(1), random.next("NEW-1")).iterator()));

        assertThat(List.of(second.inserted(), second.updated(), second.unchanged())).containsExactly(1L, 1L, 1L);
        Map<String, Object> updated = caseRows(db).getFirst();
        assertThat(updated).containsEntry("version", 2).containsEntry("created_by", "importer")
                .containsEntry("created_at", TestStore.NOW).containsEntry("changed_by", "editor")
                .containsEntry("changed_at", TestStore.NOW.plusSeconds(3600))
                .containsEntry("import_batch_id", second.batch().id());
        List<Map<String, Object>> history = db.rows("SELECT * FROM trafficking_case_history WHERE case_id = ?",
                updated.get("id"));
        assertThat(history).singleElement().satisfies(old -> assertThat(old)
                .containsEntry("version", 1).containsEntry("record_json", before)
                .containsEntry("changed_by", "importer").containsEntry("changed_at", TestStore.NOW)
                .containsEntry("import_batch_id", first.batch().id()));
        assertThat(caseRows(db).get(1)).containsEntry("version", 1).containsEntry("import_batch_id",
                first.batch().id());
        try (Stream<StoredCase> exported = store.cases().export(organisation)) {
            assertThat(exported.map(StoredCase::record).toList()).contains(changed, original.get(1));
        }
    }

    @EachDatabase
    void writesARepeatedReferenceInFileOrder(TestDatabase db) {
        TestStore store = TestStore.on(db);
        CaseRecord first = random.next("TWICE");
        CaseRecord second = random.next("TWICE");

        ImportOutcome outcome = store.importer().importBatch(request("twice", List.of(first, second)));

        assertThat(List.of(outcome.inserted(), outcome.updated())).containsExactly(1L, 1L);
        try (Stream<StoredCase> exported = store.cases().export(organisation)) {
            assertThat(exported.toList()).singleElement().satisfies(stored -> {
                assertThat(stored.version()).isEqualTo(2);
                assertThat(stored.record()).isEqualTo(second);
            });
        }
    }

    @EachDatabase
    void refusesAFileWhoseRecordsContradictItsRowCounts(TestDatabase db) {
        TestStore store = TestStore.on(db);

        assertThatThrownBy(() -> store.importer().importBatch(new ImportRequest(organisation, "generated.csv",
                sha("counts"), "csv", "importer", 5, 1, cases(3).iterator())))
                .isInstanceOf(UnableToImportException.class).hasMessageContaining("yielded 3 records");
        assertThat(caseRows(db)).isEmpty();
    }

    @EachDatabase
    void refusesTheWholeFileWhenARecordHasNoReference(TestDatabase db) {
        TestStore store = TestStore.on(db);
        CaseRecord valid = random.next("VALID");
        CaseRecord anonymous = withReference(random.next(), null);

        assertThatThrownBy(() -> store.importer().importBatch(request("no reference", List.of(valid, anonymous))))
                .isInstanceOf(UnableToWriteCaseException.class).hasMessageContaining("Record 2");
        assertThat(caseRows(db)).isEmpty();
    }

    @EachDatabase
    void refusesTheWholeFileWhenARecordIsTooLargeToStore(TestDatabase db) {
        TestStore store = TestStore.on(db);
        CaseRecord base = random.next("HUGE");
        CaseRecord huge = new CaseRecord(base.caseInfo(), base.person(), base.victim(), base.perpetrators(),
                base.events(), base.referrals(), List.of(new CaseComment(RandomCases.SECRET_MARK + "x".repeat(800_000))),
                base.supportPlans(), base.consent(), base.perpetratorSummary());

        assertThatThrownBy(() -> store.importer().importBatch(request("huge", List.of(random.next("SMALL"), huge))))
                .isInstanceOf(UnableToWriteCaseException.class).hasMessageContaining("Record 2 is too large")
                .message().doesNotContain("xxx");
        assertThat(caseRows(db)).isEmpty();
    }

    @EachDatabase
    void exportsWhatWasImportedInBatchesInReferenceOrder(TestDatabase db) {
        TestStore store = TestStore.on(db);
        List<CaseRecord> records = new ArrayList<>(cases(2500));
        java.util.Collections.reverse(records);
        List<Long> progress = new ArrayList<>();

        store.importer().importBatch(request("big", records), progress::add);
        store.importer().importBatch(new ImportRequest(organisation + "-OTHER", "other.csv", sha("other"), "csv",
                "importer", 1, 0, List.of(random.next("OTHER-1")).iterator()));

        assertThat(progress).containsExactly(1000L, 2000L, 2500L);
        try (Stream<StoredCase> exported = store.cases().export(organisation)) {
            List<StoredCase> cases = exported.toList();
            assertThat(cases).extracting(StoredCase::organisationCode).containsOnly(organisation);
            assertThat(cases).extracting(StoredCase::record).containsExactlyElementsOf(records.reversed());
        }
        long counted = store.cases().count();
        try (Stream<StoredCase> everything = store.cases().export()) {
            List<StoredCase> all = everything.toList();
            assertThat(all.stream().map(StoredCase::organisationCode).distinct())
                    .contains(organisation, organisation + "-OTHER");
            // count() says how many export() streams, for a build's progress
            assertThat(counted).isEqualTo(all.size());
        }
    }

    @EachDatabase
    void leavesVoidedCasesOutOfTheExport(TestDatabase db) {
        TestStore store = TestStore.on(db);
        List<CaseRecord> records = cases(3);
        store.importer().importBatch(request("void", records));

        db.update("UPDATE trafficking_case SET voided = TRUE, voided_reason = 'entered twice' WHERE reference = ?",
                records.get(1).caseInfo().reference());

        try (Stream<StoredCase> exported = store.cases().export(organisation)) {
            assertThat(exported.map(StoredCase::record)).containsExactly(records.get(0), records.get(2));
        }
    }

    private List<CaseRecord> cases(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> random.next(String.format("CASE-%05d", i))).toList();
    }

    private ImportRequest request(String content, List<CaseRecord> records) {
        return new ImportRequest(organisation, "generated.csv", sha(content), "csv", "importer", records.size(), 0,
                records.iterator());
    }

    private List<Map<String, Object>> caseRows(TestDatabase db) {
        return db.rows("SELECT c.* FROM trafficking_case c JOIN organisation o ON o.id = c.organisation_id "
                + "WHERE o.code = ? ORDER BY c.reference", organisation);
    }

    private static CaseRecord withReference(CaseRecord record, String reference) {
        Case info = record.caseInfo();
        return new CaseRecord(new Case(reference, info.status(), info.reasonForClosure(), info.caseOwner(),
                info.registrationDate(), info.registrationYear(), info.registrationPeriod()), record.person(),
                record.victim(), record.perpetrators(), record.events(), record.referrals(), record.comments(),
                record.supportPlans(), record.consent(), record.perpetratorSummary());
    }

    private static String sha(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
