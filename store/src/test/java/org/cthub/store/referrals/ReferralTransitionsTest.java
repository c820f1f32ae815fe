package org.cthub.store.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cthub.store.referrals.ReferralsTest.assertRefused;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cthub.standard.htcds.Consent;
import org.cthub.standard.htcds.ReferralReason;
import org.cthub.store.EachDatabase;
import org.cthub.store.StoreErrorCode;
import org.cthub.store.TestDatabase;
import org.cthub.store.TestStore;
import org.cthub.store.referrals.ReferralRefusedException.Reason;
import org.junit.jupiter.api.Test;

class ReferralTransitionsTest {

    private static final String NOTE = "§No bed free for a person of this age until May";

    @Test
    void allowsExactlyTheTransitionsOfTheFollowUp() {
        Map<ReferralState, Set<ReferralState>> allowed = Map.of(
                ReferralState.SENT, EnumSet.of(ReferralState.ACCEPTED, ReferralState.DECLINED, ReferralState.WITHDRAWN),
                ReferralState.ACCEPTED, EnumSet.of(ReferralState.SERVICES_STARTED, ReferralState.CLOSED),
                ReferralState.SERVICES_STARTED, EnumSet.of(ReferralState.CLOSED),
                ReferralState.DECLINED, EnumSet.noneOf(ReferralState.class),
                ReferralState.CLOSED, EnumSet.noneOf(ReferralState.class),
                ReferralState.WITHDRAWN, EnumSet.noneOf(ReferralState.class));
        for (ReferralState from : ReferralState.values()) {
            for (ReferralState to : ReferralState.values()) {
                assertThat(from.canBecome(to)).as(from + " -> " + to).isEqualTo(allowed.get(from).contains(to));
            }
            assertThat(from.isFinal()).as(from.toString()).isEqualTo(allowed.get(from).isEmpty());
        }
    }

    @EachDatabase
    void followsAReferralFromAcceptanceThroughServicesToClosure(TestDatabase db) {
        ReferralWorld world = new ReferralWorld(db);
        long id = world.send(ReferralKind.REFERRAL);

        CaseReferral accepted = world.referrals.accept(id, 1, world.receiver, "receiver.worker");
        CaseReferral started = world.referrals.startServices(id, 2, world.receiver, "receiver.lead");
        CaseReferral closed = world.referrals.close(id, 3, world.receiver, "receiver.lead");

        assertThat(accepted.state()).isEqualTo(ReferralState.ACCEPTED);
        assertThat(accepted.version()).isEqualTo(2);
        assertThat(accepted.respondedBy()).isEqualTo("receiver.worker");
        assertThat(accepted.respondedAt()).isEqualTo(TestStore.NOW);
        assertThat(started.state()).isEqualTo(ReferralState.SERVICES_STARTED);
        assertThat(started.changedBy()).isEqualTo("receiver.lead");
        assertThat(closed.state()).isEqualTo(ReferralState.CLOSED);
        assertThat(closed.version()).isEqualTo(4);
        assertThat(closed.respondedBy()).as("the answer stays the acceptance").isEqualTo("receiver.worker");
        assertThat(world.find(id)).isEqualTo(closed);
    }

    @EachDatabase
    void closesAnAcceptedReferralWithoutServices(TestDatabase db) {
        ReferralWorld world = new ReferralWorld(db);
        long id = world.send(ReferralKind.REFERRAL);
        world.referrals.accept(id, 1, world.receiver, "receiver.worker");

        assertThat(world.referrals.close(id, 2, world.receiver, "receiver.worker").state())
                .isEqualTo(ReferralState.CLOSED);
    }

    @EachDatabase
    void declinesWithANoteTheSenderReadsButTheDatabaseHoldsEncrypted(TestDatabase db) {
        ReferralWorld world = new ReferralWorld(db);
        long id = world.send(ReferralKind.REFERRAL);

        CaseReferral declined = world.referrals.decline(id, 1, world.receiver, "  " + NOTE + " ", "receiver.worker");

        assertThat(declined.state()).isEqualTo(ReferralState.DECLINED);
        assertThat(declined.responseNote()).isEqualTo(NOTE);
        assertThat(declined.respondedBy()).isEqualTo("receiver.worker");
        assertThat(declined.toString()).doesNotContain("§");
        assertThat(world.referrals.outbox(world.sender).getFirst().responseNote()).isEqualTo(NOTE);
        Map<String, Object> row = db.rows("SELECT response_note, response_note_key_id FROM case_referral WHERE id = ?",
                id).getFirst();
        assertThat((String) row.get("response_note")).isNotBlank().doesNotContain("§").doesNotContain("bed");
        assertThat(row.get("response_note_key_id")).isEqualTo("test1");
    }

    @EachDatabase
    void refusesANoteLongerThanTheStoreKeeps(TestDatabase db) {
        ReferralWorld world = new ReferralWorld(db);
        long id = world.send(ReferralKind.REFERRAL);

        assertThatThrownBy(() -> world.referrals.decline(id, 1, world.receiver, "x".repeat(501), "receiver.worker"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("xxx");
        assertThat(world.referrals.decline(id, 1, world.receiver, "é".repeat(500), "receiver.worker")
                .responseNote()).hasSize(500);
    }

    @EachDatabase
    void letsTheSenderWithdrawWhatWaits(TestDatabase db) {
        ReferralWorld world = new ReferralWorld(db);
        long id = world.send(ReferralKind.TRANSFER);

        CaseReferral withdrawn = world.referrals.withdraw(id, 1, world.sender, "sender.worker");

        assertThat(withdrawn.state()).isEqualTo(ReferralState.WITHDRAWN);
        assertThat(withdrawn.respondedBy()).isNull();
        assertThat(withdrawn.changedBy()).isEqualTo("sender.worker");
        assertThat(world.referrals.inbox(world.receiver)).isEmpty();
    }

    @EachDatabase
    void refusesTransitionsTheFollowUpDoesNotHaveNamingBothStates(TestDatabase db) {
        ReferralWorld world = new ReferralWorld(db);
        long id = world.send(ReferralKind.REFERRAL);

        assertInvalid(() -> world.referrals.startServices(id, 1, world.receiver, "r"), ReferralState.SENT,
                ReferralState.SERVICES_STARTED);
        assertInvalid(() -> world.referrals.close(id, 1, world.receiver, "r"), ReferralState.SENT,
                ReferralState.CLOSED);
        world.referrals.accept(id, 1, world.receiver, "r");
        assertInvalid(() -> world.referrals.accept(id, 2, world.receiver, "r"), ReferralState.ACCEPTED,
                ReferralState.ACCEPTED);
        assertInvalid(() -> world.referrals.withdraw(id, 2, world.sender, "s"), ReferralState.ACCEPTED,
                ReferralState.WITHDRAWN);
        assertInvalid(() -> world.referrals.decline(id, 2, world.receiver, null, "r"), ReferralState.ACCEPTED,
                ReferralState.DECLINED);
        world.referrals.close(id, 2, world.receiver, "r");
        assertInvalid(() -> world.referrals.startServices(id, 3, world.receiver, "r"), ReferralState.CLOSED,
                ReferralState.SERVICES_STARTED);
        long declined = world.send(ReferralKind.REFERRAL);
        world.referrals.decline(declined, 1, world.receiver, null, "r");
        assertInvalid(() -> world.referrals.accept(declined, 2, world.receiver, "r"), ReferralState.DECLINED,
                ReferralState.ACCEPTED);
        assertThat(world.find(id).state()).isEqualTo(ReferralState.CLOSED);
        assertThat(world.find(declined).state()).isEqualTo(ReferralState.DECLINED);
    }

    @EachDatabase
    void onlyTheReceiverAnswersAndOnlyTheSenderWithdraws(TestDatabase db) {
        ReferralWorld world = new ReferralWorld(db);
        long id = world.send(ReferralKind.REFERRAL);

        assertRefused(() -> world.referrals.accept(id, 1, world.sender, "s"), Reason.NOT_RECEIVER);
        assertRefused(() -> world.referrals.accept(id, 1, world.other, "o"), Reason.NOT_RECEIVER);
        assertRefused(() -> world.referrals.decline(id, 1, world.other, null, "o"), Reason.NOT_RECEIVER);
        assertRefused(() -> world.referrals.withdraw(id, 1, world.receiver, "r"), Reason.NOT_SENDER);
        world.referrals.accept(id, 1, world.receiver, "r");
        assertRefused(() -> world.referrals.startServices(id, 2, world.sender, "s"), Reason.NOT_RECEIVER);
        assertRefused(() -> world.referrals.close(id, 2, world.other, "o"), Reason.NOT_RECEIVER);
        assertThat(world.find(id).version()).isEqualTo(2);
    }

    @EachDatabase
    void refusesAChangeMadeOnAStaleVersion(TestDatabase db) {
        ReferralWorld world = new ReferralWorld(db);
        long id = world.send(ReferralKind.REFERRAL);
        world.referrals.accept(id, 1, world.receiver, "first.worker");

        assertThatThrownBy(() -> world.referrals.close(id, 1, world.receiver, "second.worker"))
                .isInstanceOfSatisfying(ConcurrentReferralUpdateException.class, conflict -> {
                    assertThat(conflict.code()).isEqualTo(StoreErrorCode.E5008_CONCURRENT_UPDATE);
                    assertThat(conflict).hasMessageContaining("version 2, not 1");
                });
        assertThatThrownBy(() -> world.referrals.decline(id, 1, world.receiver, null, "second.worker"))
                .isInstanceOf(ConcurrentReferralUpdateException.class);
        assertThat(world.find(id).state()).isEqualTo(ReferralState.ACCEPTED);
        assertThat(world.find(id).changedBy()).isEqualTo("first.worker");
    }

    @EachDatabase
    void acceptingNeedsTheConsentStillAndAnOpenCase(TestDatabase db) {
        ReferralWorld world = new ReferralWorld(db);
        long id = world.send(ReferralKind.REFERRAL);
        world.cases.write(world.sender, world.cases.record("CASE-1", new Consent(true, false)));

        assertRefused(() -> world.referrals.accept(id, 1, world.receiver, "r"), Reason.NO_CONSENT);

        world.cases.write(world.sender, "CASE-1");
        db.update("UPDATE trafficking_case SET status = 'Closed' WHERE id = ?", world.caseId);
        assertRefused(() -> world.referrals.accept(id, 1, world.receiver, "r"), Reason.CASE_CLOSED);
        assertThat(world.find(id).state()).isEqualTo(ReferralState.SENT);
    }

    @EachDatabase
    void revokingConsentEndsEveryOpenReferralOfTheCase(TestDatabase db) {
        ReferralWorld world = new ReferralWorld(db);
        long accepted = world.send(ReferralKind.REFERRAL);
        world.referrals.accept(accepted, 1, world.receiver, "r");
        long waiting = world.referrals.send(world.caseId, world.sender, ReferralKind.TRANSFER, world.other,
                ReferralReason.OTHER, Set.of(), "s");
        long otherCase = world.cases.write(world.sender, "CASE-2");
        long untouched = world.referrals.send(otherCase, world.sender, ReferralKind.REFERRAL, world.other,
                ReferralReason.OTHER, Set.of(), "s");
        long started = world.referrals.send(otherCase, world.sender, ReferralKind.REFERRAL, world.receiver,
                ReferralReason.OTHER, Set.of(), "s");
        world.referrals.accept(started, 1, world.receiver, "r");
        world.referrals.startServices(started, 2, world.receiver, "r");

        int ended = world.referrals.revokeForCase(world.caseId, "sender.lead");
        int endedToo = world.referrals.revokeForCase(otherCase, "sender.lead");

        assertThat(ended).isEqualTo(2);
        assertThat(endedToo).isEqualTo(2);
        assertThat(world.find(accepted).state()).isEqualTo(ReferralState.CLOSED);
        assertThat(world.find(waiting).state()).isEqualTo(ReferralState.WITHDRAWN);
        assertThat(world.find(started).state()).isEqualTo(ReferralState.CLOSED);
        assertThat(world.find(untouched).state()).isEqualTo(ReferralState.WITHDRAWN);
        for (long id : new long[] {accepted, waiting, started}) {
            assertThat(world.find(id).responseNote()).isEqualTo("consent withdrawn");
            assertThat(world.find(id).changedBy()).isEqualTo("sender.lead");
        }
        assertThat(world.referrals.revokeForCase(world.caseId, "sender.lead")).isZero();
    }

    private static void assertInvalid(ThrowingCallable action, ReferralState from, ReferralState to) {
        assertThatThrownBy(action).isInstanceOfSatisfying(InvalidReferralTransitionException.class, invalid -> {
            assertThat(invalid.from()).isEqualTo(from);
            assertThat(invalid.to()).isEqualTo(to);
            assertThat(invalid).hasMessageContaining(from.name()).hasMessageContaining(to.name());
        });
    }
}
