package org.cthub.store.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.cthub.standard.htcds.CaseStatus;
import org.cthub.store.EachDatabase;
import org.cthub.store.RecordNotFoundException;
import org.cthub.store.TestDatabase;
import org.cthub.store.TestStore;

class ClosureRequestsTest {

    @EachDatabase
    void anApprovedRequestClosesTheCaseWithItsReason(TestDatabase db) {
        Fixture fixture = Fixture.on(db);
        long caseId = fixture.newCase();
        ClosureRequests closures = fixture.casework().closures();

        long request = closures.request(caseId, ClosureReason.SUPPORT_COMPLETED, CaseStatus.CLOSED,
                fixture.caseworker());
        assertThat(closures.pending(fixture.own().id())).extracting(ClosureRequest::id).containsExactly(request);
        closures.approve(request, fixture.supervisor(), "Nadia is safe at home");

        CaseFile file = fixture.casework().cases().find(caseId).orElseThrow();
        assertThat(file.record().caseInfo().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(file.record().caseInfo().reasonForClosure()).isEqualTo("Support completed");
        assertThat(file.closedAt()).isEqualTo(TestStore.NOW);
        assertThat(file.version()).isEqualTo(2);
        assertThat(file.changedBy()).isEqualTo(fixture.supervisor());
        assertThat(closures.pending(fixture.own().id())).isEmpty();
        assertThat(closures.list(caseId)).singleElement().satisfies(decided -> {
            assertThat(decided.decision()).isEqualTo(ClosureDecision.APPROVED);
            assertThat(decided.decidedBy()).isEqualTo(fixture.supervisor());
            assertThat(decided.note()).isEqualTo("Nadia is safe at home");
            assertThat(decided.toString()).doesNotContain("Nadia");
        });
        Map<String, Object> row = db.rows("SELECT * FROM closure_request WHERE id = ?", request).getFirst();
        assertThat(String.valueOf(row.get("note"))).doesNotContain("Nadia");
        assertThatThrownBy(() -> closures.request(caseId, ClosureReason.OTHER, CaseStatus.CLOSED, "x"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed already");
    }

    @EachDatabase
    void allowsOnePendingRequestPerCase(TestDatabase db) {
        Fixture fixture = Fixture.on(db);
        long caseId = fixture.newCase();
        ClosureRequests closures = fixture.casework().closures();
        long first = closures.request(caseId, ClosureReason.LOST_CONTACT, CaseStatus.CLOSED, fixture.caseworker());

        assertThatThrownBy(() -> closures.request(caseId, ClosureReason.OTHER, CaseStatus.CLOSED, "x"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("pending closure request");
        closures.reject(first, fixture.supervisor(), "Try to reach her through the school first");
        long second = closures.request(caseId, ClosureReason.REFERRED_TO_ANOTHER_ORGANISATION,
                CaseStatus.CLOSED_REFERRED, fixture.caseworker());

        assertThat(fixture.casework().cases().find(caseId).orElseThrow().record().caseInfo().status())
                .isEqualTo(CaseStatus.ACTIVE);
        assertThat(closures.list(caseId)).extracting(ClosureRequest::id, ClosureRequest::decision)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first, ClosureDecision.REJECTED),
                        org.assertj.core.groups.Tuple.tuple(second, null));
        assertThat(closures.pending(fixture.own().id())).extracting(ClosureRequest::id).containsExactly(second);
        assertThat(closures.pending(fixture.other().id())).isEmpty();
    }

    @EachDatabase
    void aRequestIsDecidedOnceAndNotByItsRequester(TestDatabase db) {
        Fixture fixture = Fixture.on(db);
        long caseId = fixture.newCase();
        ClosureRequests closures = fixture.casework().closures();
        long request = closures.request(caseId, ClosureReason.DECLINED_FURTHER_SUPPORT, CaseStatus.CLOSED,
                fixture.caseworker());

        assertThatThrownBy(() -> closures.approve(request, fixture.caseworker(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("someone other");
        closures.approve(request, fixture.supervisor(), null);
        assertThatThrownBy(() -> closures.reject(request, fixture.supervisor(), null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("decided already");
        assertThatThrownBy(() -> closures.request(caseId, ClosureReason.OTHER, CaseStatus.ACTIVE, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("targetStatus");
        assertThatThrownBy(() -> closures.approve(request + 1000, fixture.supervisor(), null))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(closures.list(caseId).getFirst().note()).isNull();
    }
}
