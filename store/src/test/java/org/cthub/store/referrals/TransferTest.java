package org.cthub.store.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cthub.store.referrals.ReferralsTest.assertRefused;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.cthub.linkage.duplicate.PersonDetails;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.ReferralReason;
import org.cthub.store.EachDatabase;
import org.cthub.store.TestCases;
import org.cthub.store.TestDatabase;
import org.cthub.store.TestStore;
import org.cthub.store.cases.CaseIdentifiers;
import org.cthub.store.cases.StoredCase;
import org.cthub.store.crypto.EncryptedValue;
import org.cthub.store.crypto.UnableToDecryptException;
import org.cthub.store.linkage.CaseLinkTokens;
import org.cthub.store.linkage.PossibleDuplicates;
import org.cthub.store.referrals.ReferralRefusedException.Reason;

class TransferTest {

    @EachDatabase
    void acceptingATransferMovesTheCaseWithItsHistoryToTheReceiver(TestDatabase db) {
        ReferralWorld world = new ReferralWorld(db);
        CaseRecord latest = world.cases.record("CASE-1", TestCases.CONSENTED);
        world.cases.write(world.sender, latest);
        db.update("UPDATE trafficking_case SET caseworker = 'sender.worker' WHERE id = ?", world.caseId);
        long id = world.send(ReferralKind.TRANSFER);

        CaseReferral accepted = world.referrals.accept(id, 1, world.receiver, "receiver.worker");

        assertThat(accepted.state()).isEqualTo(ReferralState.ACCEPTED);
        Map<String, Object> row = db.rows("SELECT * FROM trafficking_case WHERE id = ?", world.caseId).getFirst();
        assertThat(row).containsEntry("organisation_id", world.receiver).containsEntry("version", 3)
                .containsEntry("changed_by", "receiver.worker").containsEntry("changed_at", TestStore.NOW)
                .containsEntry("reference", "CASE-1");
        assertThat(row.get("caseworker")).isNull();
        CaseIdentifiers identifiers = new CaseIdentifiers(world.store.rows());
        assertThat(restore(identifiers, world.receiver, row)).isEqualTo(latest);
        assertThatThrownBy(() -> restore(identifiers, world.sender, row)).isInstanceOf(UnableToDecryptException.class);
        List<Map<String, Object>> history = db.rows("SELECT * FROM trafficking_case_history WHERE case_id = ? "
                + "ORDER BY version", world.caseId);
        assertThat(history).extracting(version -> version.get("version")).containsExactly(1, 2);
        for (Map<String, Object> version : history) {
            Map<String, Object> asCase = Map.of("reference", "CASE-1", "record_json", version.get("record_json"),
                    "identifiers", version.get("identifiers"), "key_id", version.get("key_id"));
            assertThat(restore(identifiers, world.receiver, asCase).person().firstName())
                    .isEqualTo(TestCases.FIRST_NAME);
            assertThatThrownBy(() -> restore(identifiers, world.sender, asCase))
                    .isInstanceOf(UnableToDecryptException.class);
        }
        assertThat(history.get(1)).containsEntry("changed_by", "caseworker");
    }

    /** Blocking tokens are derived per organisation, so a transfer recomputes them for the receiver. */
    @EachDatabase
    void aTransferMovesTheCasesBlockingTokensToTheReceiver(TestDatabase db) {
        ReferralWorld world = new ReferralWorld(db);
        Set<Long> before = Set.copyOf(db.rows("SELECT token FROM case_link_token WHERE case_id = ?", world.caseId)
                .stream().map(row -> ((Number) row.get("token")).longValue()).toList());
        PersonDetails person = CaseLinkTokens.details(world.store.cases().export(world.cases.code(world.sender))
                .findFirst().orElseThrow().record().person());
        PossibleDuplicates duplicates = new PossibleDuplicates(db.database(), world.store.rows(), world.store.clock());
        assertThat(duplicates.find(world.sender, person, 5)).extracting(PossibleDuplicates.Candidate::caseId)
                .containsExactly(world.caseId);

        world.referrals.accept(world.send(ReferralKind.TRANSFER), 1, world.receiver, "receiver.worker");

        List<Map<String, Object>> after = db.rows("SELECT organisation_id, token FROM case_link_token "
                + "WHERE case_id = ?", world.caseId);
        assertThat(after).isNotEmpty().allSatisfy(row -> assertThat(row).containsEntry("organisation_id",
                world.receiver));
        assertThat(after).extracting(row -> ((Number) row.get("token")).longValue()).doesNotContainAnyElementsOf(before);
        assertThat(duplicates.find(world.receiver, person, 5)).extracting(PossibleDuplicates.Candidate::caseId)
                .containsExactly(world.caseId);
        assertThat(duplicates.find(world.sender, person, 5)).isEmpty();
    }

    @EachDatabase
    void afterATransferOnlyTheReceiverSeesTheCase(TestDatabase db) {
        ReferralWorld world = new ReferralWorld(db);
        long id = world.send(ReferralKind.TRANSFER);

        world.referrals.accept(id, 1, world.receiver, "receiver.worker");

        assertThat(world.referrals.canAccess(world.receiver, world.caseId)).isEqualTo(CaseAccess.OWNER);
        assertThat(world.referrals.canAccess(world.sender, world.caseId)).isEqualTo(CaseAccess.NONE);
        assertThat(world.referrals.referredCaseIds(world.receiver)).isEmpty();
        try (Stream<StoredCase> senders = world.store.cases().export(world.cases.code(world.sender));
             Stream<StoredCase> receivers = world.store.cases().export(world.cases.code(world.receiver))) {
            assertThat(senders).isEmpty();
            assertThat(receivers).singleElement().satisfies(stored -> {
                assertThat(stored.record().person().firstName()).isEqualTo(TestCases.FIRST_NAME);
                assertThat(stored.record().person().birthdate()).isEqualTo(TestCases.BIRTHDATE);
            });
        }
        assertThat(world.referrals.outbox(world.sender)).singleElement()
                .satisfies(sent -> assertThat(sent.state()).isEqualTo(ReferralState.ACCEPTED));
        assertRefused(() -> world.referrals.send(world.caseId, world.sender, ReferralKind.REFERRAL, world.other,
                ReferralReason.OTHER, Set.of(), "sender.worker"), Reason.NOT_OWNER);
        long onward = world.referrals.send(world.caseId, world.receiver, ReferralKind.REFERRAL, world.sender,
                ReferralReason.OTHER, Set.of(), "receiver.worker");
        assertThat(world.find(onward).fromOrganisationId()).isEqualTo(world.receiver);
    }

    @EachDatabase
    void refusesATransferWhoseReferenceTheReceiverUsesAlready(TestDatabase db) {
        ReferralWorld world = new ReferralWorld(db);
        long theirs = world.cases.write(world.receiver, "CASE-1");
        long id = world.send(ReferralKind.TRANSFER);

        assertRefused(() -> world.referrals.accept(id, 1, world.receiver, "receiver.worker"), Reason.REFERENCE_TAKEN);

        assertThat(world.find(id).state()).isEqualTo(ReferralState.SENT);
        assertThat(db.rows("SELECT organisation_id, version FROM trafficking_case WHERE id = ?", world.caseId)
                .getFirst()).containsEntry("organisation_id", world.sender).containsEntry("version", 1);
        assertThat(db.number("SELECT COUNT(*) FROM trafficking_case_history WHERE case_id = ?", world.caseId)).isZero();
        assertThat(world.referrals.canAccess(world.receiver, theirs)).isEqualTo(CaseAccess.OWNER);
        assertThat(world.referrals.decline(id, 1, world.receiver, null, "receiver.worker").state())
                .isEqualTo(ReferralState.DECLINED);
    }

    @EachDatabase
    void acceptingATransferWithdrawsWhatElseWaitsForTheCase(TestDatabase db) {
        ReferralWorld world = new ReferralWorld(db);
        long transfer = world.send(ReferralKind.TRANSFER);
        long rival = world.referrals.send(world.caseId, world.sender, ReferralKind.TRANSFER, world.other,
                ReferralReason.OTHER, Set.of(), "sender.worker");

        world.referrals.accept(transfer, 1, world.receiver, "receiver.worker");

        CaseReferral withdrawn = world.find(rival);
        assertThat(withdrawn.state()).isEqualTo(ReferralState.WITHDRAWN);
        assertThat(withdrawn.responseNote()).isEqualTo("case transferred to another organisation");
        assertThat(world.referrals.inbox(world.other)).isEmpty();
    }

    @EachDatabase
    void aReferralLeavesOwnershipWhereItIs(TestDatabase db) {
        ReferralWorld world = new ReferralWorld(db);
        long id = world.send(ReferralKind.REFERRAL);

        world.referrals.accept(id, 1, world.receiver, "receiver.worker");

        assertThat(db.rows("SELECT organisation_id, version FROM trafficking_case WHERE id = ?", world.caseId)
                .getFirst()).containsEntry("organisation_id", world.sender).containsEntry("version", 1);
        assertThat(world.referrals.canAccess(world.sender, world.caseId)).isEqualTo(CaseAccess.OWNER);
    }

    private static CaseRecord restore(CaseIdentifiers identifiers, long organisationId, Map<String, Object> row) {
        return identifiers.restore(organisationId, (String) row.get("reference"), (String) row.get("record_json"),
                new EncryptedValue((String) row.get("key_id"), (String) row.get("identifiers")));
    }
}
