package org.cthub.store.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Stream;
import org.cthub.standard.htcds.Consent;
import org.cthub.store.EachDatabase;
import org.cthub.store.RecordNotFoundException;
import org.cthub.store.TestDatabase;
import org.cthub.store.cases.StoredCase;

class ConsentsTest {

    @EachDatabase
    void aWithdrawalReachesTheCaseAndItsExportAtOnce(TestDatabase db) {
        Fixture fixture = Fixture.on(db);
        long caseId = fixture.newCase();
        Consents consents = fixture.casework().consents();

        long withdrawal = consents.record(caseId, ConsentKind.SHARING, false, "CTDC anonymised release",
                Fixture.TODAY, fixture.caseworker());

        CaseFile file = fixture.casework().cases().find(caseId).orElseThrow();
        assertThat(file.record().consent()).isEqualTo(new Consent(true, false));
        assertThat(file.version()).isEqualTo(2);
        assertThat(db.rows("SELECT consent_to_share FROM trafficking_case WHERE id = ?", caseId).getFirst())
                .containsEntry("consent_to_share", false);
        assertThat(db.number("SELECT COUNT(*) FROM trafficking_case_history WHERE case_id = ? AND version = 1",
                caseId)).isEqualTo(1);
        try (Stream<StoredCase> exported = fixture.store().cases().export(fixture.own().code())) {
            assertThat(exported.toList()).singleElement()
                    .satisfies(stored -> assertThat(stored.record().consent().allowsSharing()).isFalse());
        }
        assertThat(consents.current(caseId)).containsOnlyKeys(ConsentKind.SHARING)
                .hasEntrySatisfying(ConsentKind.SHARING, event -> {
                    assertThat(event.id()).isEqualTo(withdrawal);
                    assertThat(event.given()).isFalse();
                    assertThat(event.scope()).isEqualTo("CTDC anonymised release");
                    assertThat(event.recordedBy()).isEqualTo(fixture.caseworker());
                });
    }

    @EachDatabase
    void theLatestEventOfEachKindIsTheCurrentConsent(TestDatabase db) {
        Fixture fixture = Fixture.on(db);
        long caseId = fixture.newCase();
        Consents consents = fixture.casework().consents();

        long refused = consents.record(caseId, ConsentKind.ASSISTANCE, false, null, Fixture.TODAY.minusDays(10), "x");
        long given = consents.record(caseId, ConsentKind.ASSISTANCE, true, null, Fixture.TODAY.minusDays(2), "x");
        long backdated = consents.record(caseId, ConsentKind.ASSISTANCE, false, null, Fixture.TODAY.minusDays(5),
                "x");
        long sharing = consents.record(caseId, ConsentKind.SHARING, true, null, Fixture.TODAY, "x");

        Map<ConsentKind, ConsentEvent> current = consents.current(caseId);
        assertThat(current.get(ConsentKind.ASSISTANCE).id()).isEqualTo(given);
        assertThat(current.get(ConsentKind.SHARING).id()).isEqualTo(sharing);
        assertThat(consents.history(caseId)).extracting(ConsentEvent::id).containsExactly(sharing, given, backdated,
                refused);
        CaseFile file = fixture.casework().cases().find(caseId).orElseThrow();
        assertThat(file.record().consent()).isEqualTo(new Consent(true, true));
        assertThat(file.version()).as("refusing and giving changed the case; the back-dated and the unchanged "
                + "sharing consent did not").isEqualTo(3);
    }

    @EachDatabase
    void refusesAConsentDatedInTheFutureOrOfAMissingCase(TestDatabase db) {
        Fixture fixture = Fixture.on(db);
        long caseId = fixture.newCase();

        assertThatThrownBy(() -> fixture.casework().consents().record(caseId, ConsentKind.SHARING, true, null,
                Fixture.TODAY.plusDays(1), "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("givenOn");
        assertThatThrownBy(() -> fixture.casework().consents().record(caseId, null, true, null, Fixture.TODAY, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kind");
        assertThatThrownBy(() -> fixture.casework().consents().record(caseId + 1000, ConsentKind.SHARING, true, null,
                Fixture.TODAY, "x")).isInstanceOf(RecordNotFoundException.class);
    }

    @EachDatabase
    void aSaveBasedOnTheVersionBeforeAWithdrawalFails(TestDatabase db) {
        Fixture fixture = Fixture.on(db);
        long caseId = fixture.newCase();
        CaseFile opened = fixture.casework().cases().find(caseId).orElseThrow();

        fixture.casework().consents().record(caseId, ConsentKind.SHARING, false, null, Fixture.TODAY, "x");

        assertThatThrownBy(() -> fixture.casework().cases().save(caseId, opened.version(), opened.record(), "y"))
                .isInstanceOf(CaseChangedException.class);
        assertThat(fixture.casework().cases().find(caseId).orElseThrow().record().consent().allowsSharing()).isFalse();
    }
}
