package org.cthub.store.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.ZoneOffset;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.Consent;
import org.cthub.standard.htcds.ReferralReason;
import org.cthub.standard.htcds.SupportPlanType;
import org.cthub.store.EachDatabase;
import org.cthub.store.RecordNotFoundException;
import org.cthub.store.StoreErrorCode;
import org.cthub.store.TestDatabase;
import org.cthub.store.TestStore;
import org.cthub.store.referrals.ReferralRefusedException.Reason;

class ReferralsTest {

    @EachDatabase
    void sendsAReferralThatWaitsInTheReceiversInboxAndShowsInTheSendersOutbox(TestDatabase db) {
        ReferralWorld world = new ReferralWorld(db);

        long id = world.send(ReferralKind.REFERRAL);

        CaseReferral sent = world.find(id);
        assertThat(sent.caseId()).isEqualTo(world.caseId);
        assertThat(sent.caseReference()).isEqualTo("CASE-1");
        assertThat(sent.kind()).isEqualTo(ReferralKind.REFERRAL);
        assertThat(sent.fromOrganisationCode()).isEqualTo(world.cases.code(world.sender));
        assertThat(sent.toOrganisationCode()).isEqualTo(world.cases.code(world.receiver));
        assertThat(sent.reason()).isEqualTo(ReferralReason.ADDITIONAL_SERVICES_REQUIRED);
        assertThat(sent.services()).containsExactlyInAnyOrder(SupportPlanType.HEALTH, SupportPlanType.LEGAL);
        assertThat(sent.state()).isEqualTo(ReferralState.SENT);
        assertThat(sent.version()).isOne();
        assertThat(sent.sentBy()).isEqualTo("sender.worker");
        assertThat(sent.sentAt()).isEqualTo(TestStore.NOW);
        assertThat(sent.respondedBy()).isNull();
        assertThat(world.referrals.inbox(world.receiver)).containsExactly(sent);
        assertThat(world.referrals.outbox(world.sender)).containsExactly(sent);
        assertThat(world.referrals.forCase(world.caseId)).containsExactly(sent);
        assertThat(world.referrals.inbox(world.sender)).isEmpty();
        assertThat(world.referrals.inbox(world.other)).isEmpty();
        assertThat(world.referrals.outbox(world.receiver)).isEmpty();
        assertThat(db.rows("SELECT services, reason FROM case_referral WHERE id = ?", id).getFirst())
                .containsEntry("services", "Health;Legal").containsEntry("reason", "AdditionalServicesRequired");
    }

    @EachDatabase
    void inboxHoldsOnlyWhatWaitsForAnAnswerNewestFirst(TestDatabase db) {
        ReferralWorld world = new ReferralWorld(db);
        long secondCase = world.cases.write(world.sender, "CASE-2");
        long first = world.send(ReferralKind.REFERRAL);
        long second = world.referrals.send(secondCase, world.sender, ReferralKind.TRANSFER, world.receiver,
                ReferralReason.MIGRATION_OR_CHANGE_OF_LOCATION, Set.of(), "sender.worker");
        long third = world.referrals.send(secondCase, world.sender, ReferralKind.REFERRAL, world.other,
                ReferralReason.OTHER, Set.of(), "sender.worker");

        world.referrals.decline(third, 1, world.other, null, "other.worker");

        assertThat(world.referrals.inbox(world.receiver)).extracting(CaseReferral::id).containsExactly(second, first);
        assertThat(world.referrals.inbox(world.other)).isEmpty();
        assertThat(world.referrals.outbox(world.sender)).extracting(CaseReferral::id, CaseReferral::state)
                .containsExactly(tuple(third, ReferralState.DECLINED),
                        tuple(second, ReferralState.SENT),
                        tuple(first, ReferralState.SENT));
        assertThat(world.find(second).services()).isEmpty();
    }

    @EachDatabase
    void refusesACaseWithoutBothConsents(TestDatabase db) {
        ReferralWorld world = new ReferralWorld(db);
        Consent[] lacking = {new Consent(false, true), new Consent(true, false), new Consent(null, true),
                new Consent(true, null), Consent.NOT_RECORDED};
        for (int i = 0; i < lacking.length; i++) {
            CaseRecord record = world.cases.record("NO-CONSENT-" + i, lacking[i]);
            long caseId = world.cases.write(world.sender, record);

            for (ReferralKind kind : ReferralKind.values()) {
                assertThatThrownBy(() -> world.referrals.send(caseId, world.sender, kind, world.receiver,
                        ReferralReason.OTHER, Set.of(), "sender.worker")).as(lacking[i] + " " + kind)
                        .isInstanceOfSatisfying(ReferralRefusedException.class, refused -> {
                            assertThat(refused.reason()).isEqualTo(Reason.NO_CONSENT);
                            assertThat(refused.code()).isEqualTo(StoreErrorCode.E5013_REFUSED);
                        });
            }
        }
        assertThat(db.number("SELECT COUNT(*) FROM case_referral")).isZero();
    }

    @EachDatabase
    void refusesToSendACaseToTheOrganisationThatOwnsIt(TestDatabase db) {
        ReferralWorld world = new ReferralWorld(db);

        assertRefused(() -> world.referrals.send(world.caseId, world.sender, ReferralKind.TRANSFER, world.sender,
                ReferralReason.OTHER, Set.of(), "sender.worker"), Reason.SAME_ORGANISATION);
    }

    @EachDatabase
    void refusesASecondReferralToTheSameOrganisationWhileTheFirstWaits(TestDatabase db) {
        ReferralWorld world = new ReferralWorld(db);
        long first = world.send(ReferralKind.REFERRAL);

        assertRefused(() -> world.send(ReferralKind.REFERRAL), Reason.ALREADY_PENDING);
        assertRefused(() -> world.send(ReferralKind.TRANSFER), Reason.ALREADY_PENDING);
        long elsewhere = world.referrals.send(world.caseId, world.sender, ReferralKind.REFERRAL, world.other,
                ReferralReason.OTHER, Set.of(), "sender.worker");
        world.referrals.decline(first, 1, world.receiver, null, "receiver.worker");
        long again = world.send(ReferralKind.REFERRAL);

        assertThat(again).isNotIn(first, elsewhere);
    }

    @EachDatabase
    void refusesAClosedCase(TestDatabase db) {
        ReferralWorld world = new ReferralWorld(db);
        long closedByDate = world.cases.write(world.sender, "CLOSED-1");
        db.update("UPDATE trafficking_case SET closed_at = ? WHERE id = ?", TestStore.NOW.atOffset(ZoneOffset.UTC),
                closedByDate);
        long closedByStatus = world.cases.write(world.sender, "CLOSED-2");
        db.update("UPDATE trafficking_case SET status = 'Closed' WHERE id = ?", closedByStatus);

        for (long caseId : new long[] {closedByDate, closedByStatus}) {
            assertRefused(() -> world.referrals.send(caseId, world.sender, ReferralKind.REFERRAL, world.receiver,
                    ReferralReason.OTHER, Set.of(), "sender.worker"), Reason.CASE_CLOSED);
        }
    }

    @EachDatabase
    void onlyTheOwnerMaySendACase(TestDatabase db) {
        ReferralWorld world = new ReferralWorld(db);

        assertRefused(() -> world.referrals.send(world.caseId, world.receiver, ReferralKind.REFERRAL, world.other,
                ReferralReason.OTHER, Set.of(), "receiver.worker"), Reason.NOT_OWNER);
        assertRefused(() -> world.referrals.send(world.caseId, world.other, ReferralKind.TRANSFER, world.other,
                ReferralReason.OTHER, Set.of(), "other.worker"), Reason.NOT_OWNER);
    }

    @EachDatabase
    void saysWhichRecordIsMissing(TestDatabase db) {
        ReferralWorld world = new ReferralWorld(db);

        assertThatThrownBy(() -> world.referrals.send(-5, world.sender, ReferralKind.REFERRAL, world.receiver,
                ReferralReason.OTHER, Set.of(), "sender.worker")).isInstanceOfSatisfying(RecordNotFoundException.class,
                missing -> assertThat(missing.recordType()).isEqualTo("case"));
        assertThatThrownBy(() -> world.referrals.send(world.caseId, world.sender, ReferralKind.REFERRAL, 987_654,
                ReferralReason.OTHER, Set.of(), "sender.worker")).isInstanceOfSatisfying(RecordNotFoundException.class,
                missing -> assertThat(missing.recordType()).isEqualTo("organisation"));
        assertThatThrownBy(() -> world.referrals.accept(987_654, 1, world.receiver, "receiver.worker"))
                .isInstanceOfSatisfying(RecordNotFoundException.class,
                        missing -> assertThat(missing.recordType()).isEqualTo("referral"));
        assertThat(world.referrals.find(987_654)).isEmpty();
    }

    static void assertRefused(ThrowingCallable action, Reason reason) {
        assertThatThrownBy(action).isInstanceOfSatisfying(ReferralRefusedException.class,
                refused -> assertThat(refused.reason()).isEqualTo(reason));
    }
}
