package org.cthub.store.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.cthub.standard.htcds.ReferralReason;
import org.cthub.store.EachDatabase;
import org.cthub.store.RecordNotFoundException;
import org.cthub.store.TestCases;
import org.cthub.store.TestDatabase;
import org.cthub.store.referrals.ReferralKind;
import org.cthub.store.referrals.ReferralState;

class SubjectRequestsTest {

    private static final LocalDate RECEIVED = LocalDate.of(2025, 3, 1);

    @EachDatabase
    void recordsRequestsAndListsThemPerOrganisationOpenOnesFirst(TestDatabase db) {
        RetentionWorld world = new RetentionWorld(db);
        long organisation = world.cases.organisation();
        long elsewhere = world.cases.organisation();
        long id = world.cases.write(organisation, "S-1");
        long access = world.requests.record(id, SubjectRequestKind.ACCESS, RECEIVED, "worker");
        long rectification = world.requests.record(id, SubjectRequestKind.RECTIFICATION, RECEIVED.plusDays(1),
                "worker");
        world.requests.record(world.cases.write(elsewhere, "S-2"), SubjectRequestKind.ERASURE, RECEIVED, "other");

        SubjectRequest completed = world.requests.complete(access, "lead");

        assertThat(completed.isCompleted()).isTrue();
        assertThat(completed.completedBy()).isEqualTo("lead");
        assertThat(completed.completedAt()).isEqualTo(RetentionWorld.NOW);
        assertThat(world.requests.forOrganisation(organisation)).extracting(SubjectRequest::id)
                .containsExactly(rectification, access);
        SubjectRequest open = world.requests.find(rectification).orElseThrow();
        assertThat(open.kind()).isEqualTo(SubjectRequestKind.RECTIFICATION);
        assertThat(open.receivedOn()).isEqualTo(RECEIVED.plusDays(1));
        assertThat(open.recordedBy()).isEqualTo("worker");
        assertThat(open.recordedAt()).isEqualTo(RetentionWorld.NOW);
        assertThat(open.isCompleted()).isFalse();
        assertThat(world.requests.complete(access, "someone else")).isEqualTo(completed);
    }

    @EachDatabase
    void honoursAnErasureRequestAtOnce(TestDatabase db) {
        RetentionWorld world = new RetentionWorld(db);
        long organisation = world.cases.organisation();
        long id = world.cases.write(organisation, "E-1");
        world.cases.write(organisation, world.cases.record("E-1", TestCases.CONSENTED));
        long neighbour = world.cases.write(organisation, "E-2");
        long request = world.requests.record(id, SubjectRequestKind.ERASURE, RECEIVED, "worker");

        SubjectRequest done = world.requests.erase(id, request, "lead");

        assertThat(done.completedBy()).isEqualTo("lead");
        RetentionTest.assertErased(world, id);
        assertThat(world.row(id)).containsEntry("version", 3).containsEntry("changed_by", "lead");
        assertThat(world.current(neighbour).person().firstName()).isEqualTo(TestCases.FIRST_NAME);
        assertThat(world.requests.erase(id, request, "lead")).isEqualTo(done);
        assertThat(world.row(id)).containsEntry("version", 3);
        assertThat(world.retention(500).run(RetentionWorld.NOW, 0, "system").total()).isZero();
    }

    @EachDatabase
    void erasesOnlyForAnErasureRequestAboutTheSameCase(TestDatabase db) {
        RetentionWorld world = new RetentionWorld(db);
        long organisation = world.cases.organisation();
        long id = world.cases.write(organisation, "F-1");
        long other = world.cases.write(organisation, "F-2");
        long access = world.requests.record(id, SubjectRequestKind.ACCESS, RECEIVED, "worker");
        long erasure = world.requests.record(other, SubjectRequestKind.ERASURE, RECEIVED, "worker");

        assertThatThrownBy(() -> world.requests.erase(id, access, "lead"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> world.requests.erase(id, erasure, "lead"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> world.requests.erase(id, 987_654, "lead"))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> world.requests.record(987_654, SubjectRequestKind.ACCESS, RECEIVED, "worker"))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(world.current(id).person().firstName()).isEqualTo(TestCases.FIRST_NAME);
        assertThat(world.current(other).person().firstName()).isEqualTo(TestCases.FIRST_NAME);
        assertThat(world.requests.find(erasure).orElseThrow().isCompleted()).isFalse();
    }

    @EachDatabase
    void exportsTheDecryptedRecordWithItsReferralsForAnAccessRequest(TestDatabase db) {
        RetentionWorld world = new RetentionWorld(db);
        long organisation = world.cases.organisation();
        long receiver = world.cases.organisation();
        long id = world.cases.write(organisation, "X-1");
        long referral = world.referrals.send(id, organisation, ReferralKind.REFERRAL, receiver, ReferralReason.OTHER,
                Set.of(), "worker");
        world.referrals.accept(referral, 1, receiver, "receiver");

        SubjectExport export = world.requests.exportFor(id);

        assertThat(export.caseId()).isEqualTo(id);
        assertThat(export.organisationCode()).isEqualTo(world.cases.code(organisation));
        assertThat(export.version()).isOne();
        assertThat(export.record().person().firstName()).isEqualTo(TestCases.FIRST_NAME);
        assertThat(export.record().person().birthdate()).isEqualTo(TestCases.BIRTHDATE);
        assertThat(export.identifiersErasedAt()).isNull();
        assertThat(export.referrals()).singleElement().satisfies(sent -> {
            assertThat(sent.toOrganisationCode()).isEqualTo(world.cases.code(receiver));
            assertThat(sent.state()).isEqualTo(ReferralState.ACCEPTED);
        });
        assertThat(export.toString()).doesNotContain(TestCases.FIRST_NAME);
        assertThatThrownBy(() -> world.requests.exportFor(987_654)).isInstanceOf(RecordNotFoundException.class);
    }
}
