package org.cthub.store.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.cthub.standard.htcds.CaseStatus;
import org.cthub.standard.htcds.MethodOfControl;
import org.cthub.standard.htcds.TraffickingStatus;
import org.cthub.standard.htcds.TypeOfExploitation;
import org.cthub.store.EachDatabase;
import org.cthub.store.RecordNotFoundException;
import org.cthub.store.TestDatabase;
import org.cthub.store.crypto.UnableToDecryptException;

class ScreeningsTest {

    private static final LocalDate BORN = LocalDate.of(2001, 8, 9);
    private static final ScreenedPerson PERSON = new ScreenedPerson("Nadia", "Haddad", BORN, "Met at the bus station");

    @EachDatabase
    void recordsAScreeningWithThePersonEncrypted(TestDatabase db) {
        Fixture fixture = Fixture.on(db);

        long id = fixture.casework().screenings().record(screening(fixture, ScreeningDecision.POSSIBLE,
                LocalDate.of(2025, 3, 1)), fixture.caseworker());

        Screening found = fixture.casework().screenings().find(id).orElseThrow();
        assertThat(found.person()).isEqualTo(PERSON);
        assertThat(found.indicators()).containsExactlyInAnyOrder(TraffickingIndicator.CONFISCATED_DOCUMENTS,
                TraffickingIndicator.FORCED_TO_WORK, TraffickingIndicator.ISOLATION);
        assertThat(found.decision()).isEqualTo(ScreeningDecision.POSSIBLE);
        assertThat(found.caseId()).isNull();
        assertThat(found.screenedBy()).isEqualTo(fixture.caseworker());
        assertThat(found.toString()).doesNotContain("Nadia");
        Map<String, Object> row = db.rows("SELECT * FROM screening WHERE id = ?", id).getFirst();
        assertThat(row).containsEntry("indicators", "CONFISCATED_DOCUMENTS;ISOLATION;FORCED_TO_WORK");
        assertThat(row.values()).allSatisfy(value -> assertThat(String.valueOf(value))
                .doesNotContain("Nadia", "Haddad", "bus station", "2001-08-09"));
    }

    @EachDatabase
    void refusesAScreeningCiphertextMovedToAnotherRow(TestDatabase db) {
        Fixture fixture = Fixture.on(db);
        long first = fixture.casework().screenings().record(screening(fixture, ScreeningDecision.ACTUAL,
                Fixture.TODAY), "x");
        long second = fixture.casework().screenings().record(new NewScreening(fixture.own().id(), Fixture.TODAY,
                "x", Set.of(), ScreeningDecision.POSSIBLE, "x", new ScreenedPerson("Other", null, null, null)), "x");

        db.update("UPDATE screening SET identifiers = (SELECT identifiers FROM screening WHERE id = ?) WHERE id = ?",
                first, second);

        assertThatThrownBy(() -> fixture.casework().screenings().find(second))
                .isInstanceOf(UnableToDecryptException.class).message().doesNotContain("Nadia");
        assertThat(fixture.casework().screenings().find(first).orElseThrow().person()).isEqualTo(PERSON);
    }

    @EachDatabase
    void listsAnOrganisationsScreeningsNewestFirst(TestDatabase db) {
        Fixture fixture = Fixture.on(db);
        Screenings screenings = fixture.casework().screenings();
        long march = screenings.record(screening(fixture, ScreeningDecision.POSSIBLE, LocalDate.of(2025, 3, 1)), "x");
        long january = screenings.record(screening(fixture, ScreeningDecision.POSSIBLE, LocalDate.of(2025, 1, 1)),
                "x");
        long february = screenings.record(screening(fixture, ScreeningDecision.NOT_A_VICTIM,
                LocalDate.of(2025, 2, 1)), "x");

        assertThat(screenings.list(fixture.own().id(), 2, 0)).extracting(Screening::id).containsExactly(march,
                february);
        assertThat(screenings.list(fixture.own().id(), 2, 2)).extracting(Screening::id).containsExactly(january);
        assertThat(screenings.list(fixture.other().id(), 10, 0)).isEmpty();
        assertThatThrownBy(() -> screenings.record(screening(fixture, ScreeningDecision.POSSIBLE,
                Fixture.TODAY.plusDays(1)), "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("screenedOn");
    }

    @EachDatabase
    void opensAnActiveCaseFromAScreeningOnce(TestDatabase db) {
        Fixture fixture = Fixture.on(db);
        long screening = fixture.casework().screenings().record(screening(fixture, ScreeningDecision.ACTUAL,
                LocalDate.of(2025, 2, 20)), fixture.caseworker());

        long caseId = fixture.casework().screenings().openCase(screening, fixture.caseworker(), fixture.caseworker());

        CaseFile file = fixture.casework().cases().find(caseId).orElseThrow();
        assertThat(file.reference()).isEqualTo(fixture.own().code() + "-2025-000001");
        assertThat(file.caseworker()).isEqualTo(fixture.caseworker());
        assertThat(file.record().caseInfo().status()).isEqualTo(CaseStatus.ACTIVE);
        assertThat(file.record().caseInfo().registrationDate()).isEqualTo(Fixture.TODAY);
        assertThat(file.record().person().firstName()).isEqualTo("Nadia");
        assertThat(file.record().person().secondName()).isEqualTo("Haddad");
        assertThat(file.record().person().birthdate()).isEqualTo(BORN);
        assertThat(file.record().victim().traffickingStatus())
                .isEqualTo(TraffickingStatus.ACTUAL_VICTIM_OF_TRAFFICKING);
        assertThat(file.record().victim().methodsOfControl()).containsExactly(MethodOfControl.WITHHOLDS_DOCUMENTS);
        assertThat(file.record().victim().typesOfExploitation()).containsExactly(TypeOfExploitation.FORCED_LABOUR);
        assertThat(fixture.casework().screenings().find(screening).orElseThrow().caseId()).isEqualTo(caseId);
        assertThat(fixture.casework().cases().possibleDuplicates(fixture.own().id(), "nadia", "haddad", BORN))
                .extracting(CaseMatch::caseId).containsExactly(caseId);
        assertThatThrownBy(() -> fixture.casework().screenings().openCase(screening, null, "x"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("opened case " + caseId);
    }

    @EachDatabase
    void opensNoCaseForSomeoneFoundNotToBeAVictim(TestDatabase db) {
        Fixture fixture = Fixture.on(db);
        long screening = fixture.casework().screenings().record(screening(fixture, ScreeningDecision.NOT_A_VICTIM,
                Fixture.TODAY), "x");

        assertThatThrownBy(() -> fixture.casework().screenings().openCase(screening, null, "x"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("found no victim");
        assertThatThrownBy(() -> fixture.casework().screenings().openCase(screening + 1000, null, "x"))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(db.number("SELECT COUNT(*) FROM trafficking_case WHERE organisation_id = ?", fixture.own().id()))
                .isZero();
    }

    private static NewScreening screening(Fixture fixture, ScreeningDecision decision, LocalDate on) {
        return new NewScreening(fixture.own().id(), on, fixture.caseworker(), EnumSet.of(
                TraffickingIndicator.CONFISCATED_DOCUMENTS, TraffickingIndicator.ISOLATION,
                TraffickingIndicator.FORCED_TO_WORK), decision, fixture.supervisor(), PERSON);
    }
}
