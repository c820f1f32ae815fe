package org.cthub.store.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cthub.standard.htcds.AgeBand;
import org.cthub.standard.htcds.CaseStatus;
import org.cthub.standard.htcds.Gender;
import org.cthub.standard.htcds.TypeOfExploitation;
import org.cthub.store.EachDatabase;
import org.cthub.store.TestDatabase;
import org.cthub.store.TestStore;

class CaseSearchTest {

    private static final LocalDate BORN = LocalDate.of(1990, 5, 17);

    @EachDatabase
    void listsTheOrganisationsCasesNewestFirstWithTheirDecryptedNames(TestDatabase db) {
        Fixture fixture = Fixture.on(db);
        long older = fixture.newCase(Fixture.record(null, "Amina", "Bello", BORN, CaseStatus.ACTIVE,
                LocalDate.of(2024, 1, 5), "NGA", Set.of(TypeOfExploitation.FORCED_LABOUR,
                        TypeOfExploitation.SEXUAL_EXPLOITATION)));
        long newer = fixture.newCase(Fixture.record(null, "Chidi", null, BORN, CaseStatus.ACTIVE,
                LocalDate.of(2025, 2, 1), null, Set.of()));
        long undated = fixture.newCase(Fixture.record(null, null, null, null, CaseStatus.ACTIVE, null, null,
                Set.of()));
        fixture.casework().cases().create(fixture.other().id(), Fixture.person(null, "Hidden", "Person", BORN), null,
                "x");

        CasePage page = fixture.casework().cases().search(CaseQuery.visibleTo(fixture.own().id()));

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(CaseSummary::id).containsExactly(newer, older, undated);
        CaseSummary amina = page.items().get(1);
        assertThat(amina.displayName()).isEqualTo("Amina Bello");
        assertThat(amina.organisationCode()).isEqualTo(fixture.own().code());
        assertThat(amina.status()).isEqualTo(CaseStatus.ACTIVE);
        assertThat(amina.caseworker()).isEqualTo(fixture.caseworker());
        assertThat(amina.registrationDate()).isEqualTo(LocalDate.of(2024, 1, 5));
        assertThat(amina.gender()).isEqualTo(Gender.FEMININE);
        assertThat(amina.ageBand()).isEqualTo(AgeBand.AGE_24_26);
        assertThat(amina.citizenship()).isEqualTo("NGA");
        assertThat(amina.exploitationTypes()).containsExactlyInAnyOrder(TypeOfExploitation.FORCED_LABOUR,
                TypeOfExploitation.SEXUAL_EXPLOITATION);
        assertThat(amina.version()).isEqualTo(1);
        assertThat(amina.toString()).doesNotContain("Amina");
        assertThat(page.items().get(0).displayName()).isEqualTo("Chidi");
        assertThat(page.items().get(2).displayName()).isNull();
    }

    @EachDatabase
    void showsAnotherOrganisationsCaseOnlyOnceItAcceptedItsReferral(TestDatabase db) {
        Fixture fixture = Fixture.on(db);
        long theirs = fixture.casework().cases().create(fixture.other().id(), Fixture.person(null, "Referred",
                "Person", BORN), null, "x");
        long ours = fixture.newCase();
        CaseFiles cases = fixture.casework().cases();

        long referral = refer(db, theirs, fixture.other().id(), fixture.own().id(), "REFERRAL", "SENT");
        assertThat(cases.search(CaseQuery.visibleTo(fixture.own().id())).items()).extracting(CaseSummary::id)
                .containsExactly(ours);
        assertThat(cases.find(theirs, fixture.own().id())).isEmpty();

        db.update("UPDATE case_referral SET state = 'ACCEPTED' WHERE id = ?", referral);
        CasePage withReferral = cases.search(CaseQuery.visibleTo(fixture.own().id()));
        assertThat(withReferral.items()).extracting(CaseSummary::id).containsExactlyInAnyOrder(ours, theirs);
        assertThat(withReferral.total()).isEqualTo(2);
        assertThat(withReferral.items()).filteredOn(item -> item.id() == theirs).singleElement()
                .satisfies(item -> assertThat(item.organisationCode()).isEqualTo(fixture.other().code()));
        assertThat(cases.find(theirs, fixture.own().id())).isPresent();

        db.update("UPDATE case_referral SET state = 'CLOSED' WHERE id = ?", referral);
        assertThat(cases.search(CaseQuery.visibleTo(fixture.own().id())).items()).extracting(CaseSummary::id)
                .containsExactly(ours);
        // An ended transfer gives no access: once accepted the case was the receiver's own; this one was not.
        refer(db, theirs, fixture.other().id(), fixture.own().id(), "TRANSFER", "CLOSED");
        assertThat(cases.search(CaseQuery.visibleTo(fixture.own().id())).total()).isEqualTo(1);
        assertThat(cases.find(theirs, fixture.own().id())).isEmpty();
        assertThat(cases.search(CaseQuery.visibleTo(fixture.other().id())).items()).extracting(CaseSummary::id)
                .containsExactly(theirs);
        assertThat(cases.find(ours, fixture.other().id())).isEmpty();
    }

    @EachDatabase
    void filtersByEachCriterion(TestDatabase db) {
        Fixture fixture = Fixture.on(db);
        long forcedLabour = fixture.newCase(Fixture.record("A_1", "A", "B", BORN, CaseStatus.ACTIVE,
                LocalDate.of(2024, 3, 1), "NGA", Set.of(TypeOfExploitation.FORCED_LABOUR)));
        long closed = fixture.newCase(Fixture.record("A%2", "A", "B", BORN, CaseStatus.CLOSED,
                LocalDate.of(2024, 6, 1), "THA", Set.of(TypeOfExploitation.SEXUAL_EXPLOITATION,
                        TypeOfExploitation.FORCED_MARRIAGE)));
        long unassigned = fixture.casework().cases().create(fixture.own().id(), Fixture.record("B-3", "A", "B",
                BORN, CaseStatus.FOLLOW_UP, LocalDate.of(2025, 1, 1), "NGA", Set.of(TypeOfExploitation.CHILD_LABOUR)),
                null, "x");
        CaseQuery all = CaseQuery.visibleTo(fixture.own().id());

        assertThat(ids(fixture, all.withStatuses(EnumSet.of(CaseStatus.ACTIVE, CaseStatus.FOLLOW_UP))))
                .containsExactly(unassigned, forcedLabour);
        assertThat(ids(fixture, all.withCaseworker(fixture.caseworker().toUpperCase())))
                .containsExactly(closed, forcedLabour);
        assertThat(ids(fixture, all.registeredBetween(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 6, 1))))
                .containsExactly(closed, forcedLabour);
        assertThat(ids(fixture, all.registeredBetween(LocalDate.of(2024, 3, 2), null))).containsExactly(unassigned,
                closed);
        assertThat(ids(fixture, all.withCitizenship("nga"))).containsExactly(unassigned, forcedLabour);
        assertThat(ids(fixture, all.withExploitationType(TypeOfExploitation.FORCED_MARRIAGE))).containsExactly(closed);
        assertThat(ids(fixture, all.withExploitationType(TypeOfExploitation.FORCED_LABOUR)))
                .containsExactly(forcedLabour);
        assertThat(ids(fixture, all.withReferencePrefix("A_"))).containsExactly(forcedLabour);
        assertThat(ids(fixture, all.withReferencePrefix("A%"))).containsExactly(closed);
        assertThat(ids(fixture, all.withReferencePrefix("A"))).containsExactly(closed, forcedLabour);
    }

    @EachDatabase
    void pagesWithTheTotalOfAllPages(TestDatabase db) {
        Fixture fixture = Fixture.on(db);
        List<Long> ids = new java.util.ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            ids.addFirst(fixture.newCase(Fixture.record(null, "A", "B", BORN, CaseStatus.ACTIVE,
                    LocalDate.of(2024, 1, day), null, Set.of())));
        }

        CasePage second = fixture.casework().cases().search(CaseQuery.visibleTo(fixture.own().id()).page(3, 3));

        assertThat(second.total()).isEqualTo(7);
        assertThat(second.items()).extracting(CaseSummary::id).containsExactlyElementsOf(ids.subList(3, 6));
    }

    @EachDatabase
    void leavesVoidedCasesAndErasedNamesOut(TestDatabase db) {
        Fixture fixture = Fixture.on(db);
        long voided = fixture.newCase();
        long erased = fixture.newCase();
        db.update("UPDATE trafficking_case SET voided = TRUE WHERE id = ?", voided);
        db.update("UPDATE trafficking_case SET identifiers_erased_at = ? WHERE id = ?",
                TestStore.NOW.atOffset(java.time.ZoneOffset.UTC), erased);

        CasePage page = fixture.casework().cases().search(CaseQuery.visibleTo(fixture.own().id()));

        assertThat(page.items()).singleElement().satisfies(item -> {
            assertThat(item.id()).isEqualTo(erased);
            assertThat(item.displayName()).isNull();
        });
        assertThat(fixture.casework().cases().find(voided)).isEmpty();
    }

    static long refer(TestDatabase db, long caseId, long from, long to, String kind, String state) {
        db.update("INSERT INTO case_referral (case_id, kind, from_organisation_id, to_organisation_id, reason, state, "
                + "sent_by, sent_at, changed_at, changed_by) VALUES (?, ?, ?, ?, 'Services', ?, 'x', ?, ?, 'x')",
                caseId, kind, from, to, state, TestStore.NOW.atOffset(java.time.ZoneOffset.UTC),
                TestStore.NOW.atOffset(java.time.ZoneOffset.UTC));
        return db.number("SELECT MAX(id) FROM case_referral");
    }

    private static List<Long> ids(Fixture fixture, CaseQuery query) {
        return fixture.casework().cases().search(query).items().stream().map(CaseSummary::id).toList();
    }
}
