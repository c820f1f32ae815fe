package org.cthub.store.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.CaseStatus;
import org.cthub.standard.htcds.TypeOfExploitation;
import org.cthub.store.EachDatabase;
import org.cthub.store.RecordNotFoundException;
import org.cthub.store.StoreErrorCode;
import org.cthub.store.TestDatabase;
import org.cthub.store.TestStore;
import org.cthub.store.imports.ImportRequest;

class CaseFilesTest {

    private static final LocalDate BORN = LocalDate.of(1990, 5, 17);

    @EachDatabase
    void allocatesTheNextReferenceOfTheOrganisationAndYear(TestDatabase db) {
        Fixture fixture = Fixture.on(db);
        String prefix = fixture.own().code() + "-2025-";

        long first = fixture.newCase();
        long second = fixture.newCase();
        long named = fixture.newCase(Fixture.person("OWN-REF-7", "Amina", "Bello", BORN));
        long elsewhere = fixture.casework().cases().create(fixture.other().id(), Fixture.person(null, "A", "B", BORN),
                null, "someone");

        assertThat(reference(fixture, first)).isEqualTo(prefix + "000001");
        assertThat(reference(fixture, second)).isEqualTo(prefix + "000002");
        assertThat(reference(fixture, named)).isEqualTo("OWN-REF-7");
        assertThat(reference(fixture, elsewhere)).isEqualTo(fixture.other().code() + "-2025-000001");
    }

    @EachDatabase
    void givesCaseworkersCreatingCasesAtOnceConsecutiveReferences(TestDatabase db) throws Exception {
        Fixture fixture = Fixture.on(db);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        CyclicBarrier start = new CyclicBarrier(4);
        List<Future<List<Long>>> creators = new ArrayList<>();
        try {
            for (int thread = 0; thread < 4; thread++) {
                creators.add(threads.submit(() -> {
                    start.await();
                    List<Long> ids = new ArrayList<>();
                    for (int i = 0; i < 5; i++) {
                        ids.add(fixture.newCase());
                    }
                    return ids;
                }));
            }
            List<String> references = new ArrayList<>();
            for (Future<List<Long>> creator : creators) {
                creator.get().forEach(id -> references.add(reference(fixture, id)));
            }

            assertThat(references).containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, 20)
                    .mapToObj(n -> fixture.own().code() + "-2025-" + String.format("%06d", n)).toList());
        } finally {
            threads.shutdownNow();
        }
    }

    @EachDatabase
    void startsAfterAndSkipsReferencesAnImportUsed(TestDatabase db) {
        Fixture fixture = Fixture.on(db);
        String prefix = fixture.own().code() + "-2025-";
        importCases(fixture, "first", prefix + "000041");
        long afterImport = fixture.newCase();
        importCases(fixture, "second", prefix + "000043");

        long skipping = fixture.newCase();

        assertThat(reference(fixture, afterImport)).isEqualTo(prefix + "000042");
        assertThat(reference(fixture, skipping)).isEqualTo(prefix + "000044");
    }

    @EachDatabase
    void refusesAReferenceTakenInTheOrganisationWithoutQuotingIt(TestDatabase db) {
        Fixture fixture = Fixture.on(db);
        fixture.newCase(Fixture.person("SECRET-REF", "Amina", "Bello", BORN));

        assertThatThrownBy(() -> fixture.newCase(Fixture.person("SECRET-REF", "Other", "Person", BORN)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reference is taken")
                .message().doesNotContain("SECRET-REF");
    }

    @EachDatabase
    void findsTheCaseDecryptedAsCreatedActiveByDefault(TestDatabase db) {
        Fixture fixture = Fixture.on(db);
        CaseRecord record = Fixture.record(null, "Amina", "Bello", BORN, null, Fixture.TODAY, "NGA", Set.of());

        long id = fixture.newCase(record);

        CaseFile file = fixture.casework().cases().find(id).orElseThrow();
        assertThat(file.version()).isEqualTo(1);
        assertThat(file.caseworker()).isEqualTo(fixture.caseworker());
        assertThat(file.organisationCode()).isEqualTo(fixture.own().code());
        assertThat(file.record().caseInfo().status()).isEqualTo(CaseStatus.ACTIVE);
        assertThat(file.record().person()).isEqualTo(record.person());
        assertThat(file.record().supportPlans()).isEqualTo(record.supportPlans());
        assertThat(file.closedAt()).isNull();
        assertThat(file.toString()).doesNotContain("Amina");
        assertThat(db.rows("SELECT * FROM trafficking_case WHERE id = ?", id).getFirst().values())
                .allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain("Amina", "§", "1990-05-17"));
        assertThat(fixture.casework().cases().find(id + 1000)).isEmpty();
    }

    @EachDatabase
    void refusesASaveBasedOnAnOutdatedVersionAndLosesNothing(TestDatabase db) {
        Fixture fixture = Fixture.on(db);
        long id = fixture.newCase();
        CaseFile opened = fixture.casework().cases().find(id).orElseThrow();
        String versionOne = recordJson(db, id);
        CaseRecord first = Fixture.record(null, "Amina", "Bello", BORN, CaseStatus.FOLLOW_UP, Fixture.TODAY, "NGA",
                Set.of(TypeOfExploitation.FORCED_LABOUR));
        CaseRecord second = Fixture.record(null, "Amina", "Bello-Okafor", BORN, CaseStatus.ACTIVE, Fixture.TODAY,
                "THA", Set.of());

        int saved = fixture.casework().cases().save(id, opened.version(), first, fixture.caseworker());

        assertThat(saved).isEqualTo(2);
        assertThatThrownBy(() -> fixture.casework().cases().save(id, opened.version(), second, fixture.supervisor()))
                .isInstanceOfSatisfying(CaseChangedException.class, e -> {
                    assertThat(e.currentVersion()).isEqualTo(2);
                    assertThat(e.changedBy()).isEqualTo(fixture.caseworker());
                    assertThat(e.code()).isEqualTo(StoreErrorCode.E5011_CHANGED_MEANWHILE);
                })
                .hasMessageContaining("Case " + id + " was changed by someone else (now version 2)")
                .message().doesNotContain("Bello");
        CaseFile now = fixture.casework().cases().find(id).orElseThrow();
        assertThat(now.version()).isEqualTo(2);
        assertThat(now.changedBy()).isEqualTo(fixture.caseworker());
        assertThat(now.record().caseInfo().status()).isEqualTo(CaseStatus.FOLLOW_UP);
        assertThat(now.record().person().secondName()).isEqualTo("Bello");
        assertThat(db.rows("SELECT version, record_json, changed_by FROM trafficking_case_history WHERE case_id = ?",
                id)).singleElement().satisfies(old -> assertThat(old).containsEntry("version", 1)
                .containsEntry("record_json", versionOne).containsEntry("changed_by", fixture.caseworker()));
        assertThat(db.rows("SELECT status, citizenship, exploitation_types FROM trafficking_case WHERE id = ?", id)
                .getFirst()).containsEntry("status", "FollowUp").containsEntry("citizenship", "NGA")
                .containsEntry("exploitation_types", "ForcedLabour");
    }

    @EachDatabase
    void letsExactlyOneOfTwoConcurrentSavesOfTheSameVersionThrough(TestDatabase db) throws Exception {
        Fixture fixture = Fixture.on(db);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                long id = fixture.newCase();
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Integer>> saves = new ArrayList<>();
                for (String who : List.of("first", "second")) {
                    saves.add(threads.submit(() -> {
                        start.await();
                        return fixture.casework().cases().save(id, 1, Fixture.person(null, who, "Bello", BORN), who);
                    }));
                }
                List<Object> outcomes = new ArrayList<>();
                for (Future<Integer> save : saves) {
                    try {
                        outcomes.add(save.get());
                    } catch (ExecutionException e) {
                        outcomes.add(e.getCause().getClass());
                    }
                }

                assertThat(outcomes).containsExactlyInAnyOrder(2, CaseChangedException.class);
                assertThat(db.number("SELECT COUNT(*) FROM trafficking_case_history WHERE case_id = ?", id))
                        .isEqualTo(1);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @EachDatabase
    void setsClosedAtWhenClosingAndClearsItWhenReopening(TestDatabase db) {
        Fixture fixture = Fixture.on(db);
        long id = fixture.newCase();
        CaseRecord open = fixture.casework().cases().find(id).orElseThrow().record();

        int closed = fixture.casework().cases().save(id, 1, Records.withStatus(open, CaseStatus.CLOSED_REFERRED,
                "§referred"), fixture.caseworker());
        CaseFile afterClosing = fixture.casework().cases().find(id).orElseThrow();
        fixture.casework().cases().save(id, closed, open, fixture.caseworker());

        assertThat(afterClosing.closedAt()).isEqualTo(TestStore.NOW);
        assertThat(afterClosing.record().caseInfo().reasonForClosure()).isEqualTo("§referred");
        assertThat(fixture.casework().cases().find(id).orElseThrow().closedAt()).isNull();
    }

    @EachDatabase
    void keepsTheReferenceOfACase(TestDatabase db) {
        Fixture fixture = Fixture.on(db);
        long id = fixture.newCase(Fixture.person("FIXED-1", "Amina", "Bello", BORN));

        assertThatThrownBy(() -> fixture.casework().cases().save(id, 1, Fixture.person("FIXED-2", "Amina", "Bello",
                BORN), "x")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reference");
        int version = fixture.casework().cases().save(id, 1, Fixture.person(null, "Amina", "Bello", BORN), "x");

        assertThat(version).isEqualTo(2);
        assertThat(reference(fixture, id)).isEqualTo("FIXED-1");
        assertThatThrownBy(() -> fixture.casework().cases().save(id + 1000, 1, Fixture.person(null, "A", "B", BORN),
                "x")).isInstanceOf(RecordNotFoundException.class);
    }

    @EachDatabase
    void assignsOnlyAccountsOfTheCasesOrganisation(TestDatabase db) {
        Fixture fixture = Fixture.on(db);
        long id = fixture.newCase();

        fixture.casework().cases().assign(id, fixture.supervisor().toUpperCase(), fixture.supervisor());

        assertThat(fixture.casework().cases().find(id).orElseThrow().caseworker()).isEqualTo(fixture.supervisor());
        assertThat(fixture.casework().cases().find(id).orElseThrow().version()).isEqualTo(1);
        assertThatThrownBy(() -> fixture.casework().cases().assign(id, fixture.otherCaseworker(), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("caseworker");
        assertThatThrownBy(() -> fixture.casework().cases().create(fixture.own().id(),
                Fixture.person(null, "A", "B", BORN), "nobody-here", "x")).isInstanceOf(IllegalArgumentException.class);
        fixture.casework().cases().assign(id, null, "x");
        assertThat(fixture.casework().cases().find(id).orElseThrow().caseworker()).isNull();
    }

    @EachDatabase
    void findsPossibleDuplicatesAcrossAccentsCaseAndNameOrderOnly(TestDatabase db) {
        Fixture fixture = Fixture.on(db);
        long maria = fixture.newCase(Fixture.person(null, "María", "García López", BORN));
        fixture.newCase(Fixture.person(null, "María", "García López", BORN.plusDays(1)));
        fixture.newCase(Fixture.person(null, "Marta", "García López", BORN));
        fixture.casework().cases().create(fixture.other().id(), Fixture.person(null, "María", "García López", BORN),
                null, "x");

        List<CaseMatch> matches = fixture.casework().cases().possibleDuplicates(fixture.own().id(),
                "maria", "GARCIA-lopez", BORN);

        assertThat(matches).containsExactly(new CaseMatch(maria, reference(fixture, maria)));
        assertThat(fixture.casework().cases().possibleDuplicates(fixture.own().id(), "López, María", "García", BORN))
                .extracting(CaseMatch::caseId).containsExactly(maria);
        assertThat(fixture.casework().cases().possibleDuplicates(fixture.own().id(), "Maria", "Garcia Lopez",
                BORN.minusDays(1))).isEmpty();
        assertThat(fixture.casework().cases().possibleDuplicates(fixture.own().id(), "Maria", "Garcia Lopez", null))
                .isEmpty();
    }

    @EachDatabase
    void theMatchKeyFollowsASavedName(TestDatabase db) {
        Fixture fixture = Fixture.on(db);
        long id = fixture.newCase(Fixture.person(null, "Amina", "Bello", BORN));

        fixture.casework().cases().save(id, 1, Fixture.person(null, "Amina", "Okafor", BORN), "x");

        assertThat(fixture.casework().cases().possibleDuplicates(fixture.own().id(), "Amina", "Bello", BORN)).isEmpty();
        assertThat(fixture.casework().cases().possibleDuplicates(fixture.own().id(), "Okafor", "Amina", BORN))
                .extracting(CaseMatch::caseId).containsExactly(id);
    }

    @EachDatabase
    void auditsEveryChangeWithoutPersonalValues(TestDatabase db) {
        Fixture fixture = Fixture.on(db);
        long id = fixture.newCase();
        fixture.casework().cases().save(id, 1, Fixture.person(null, "Amina", "Bello", BORN), fixture.caseworker());

        List<Map<String, Object>> events = db.rows("SELECT actor, organisation_code, action, detail FROM audit_event "
                + "WHERE object_type = 'CASE' AND object_id = ? ORDER BY seq", Long.toString(id));

        assertThat(events).extracting(event -> event.get("action")).containsExactly("CASE_CREATE", "CASE_UPDATE");
        assertThat(events).allSatisfy(event -> assertThat(event).containsEntry("actor", fixture.caseworker())
                .containsEntry("organisation_code", fixture.own().code()));
        assertThat(events).extracting(event -> String.valueOf(event.get("detail"))).noneMatch(detail ->
                detail.contains("Amina") || detail.contains("Bello"));
    }

    private static String reference(Fixture fixture, long caseId) {
        return fixture.casework().cases().find(caseId).orElseThrow().reference();
    }

    private static String recordJson(TestDatabase db, long caseId) {
        return (String) db.rows("SELECT record_json FROM trafficking_case WHERE id = ?", caseId).getFirst()
                .get("record_json");
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static void importCases(Fixture fixture, String file, String... references) {
        List<CaseRecord> records = java.util.Arrays.stream(references)
                .map(reference -> Fixture.person(reference, "Imported", "Person", BORN)).toList();
        fixture.store().importer().importBatch(new ImportRequest(fixture.own().code(), file + ".csv",
                sha256(fixture.own().code() + file), "csv", "importer", records.size(), 0,
                records.iterator()));
    }
}
