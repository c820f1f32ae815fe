package org.cthub.store.referrals;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cthub.standard.htcds.ReferralReason;
import org.cthub.standard.htcds.SupportPlanType;
import org.cthub.store.Database;
import org.cthub.store.RecordNotFoundException;
import org.cthub.store.cases.CaseIdentifiers;
import org.cthub.store.cases.CaseRows;
import org.cthub.store.crypto.IdentifierCipher;

/**
 * The repository of referrals and transfers between organisations. Each method is one transaction. Callers
 * (the web layer) check privileges and record the audit trail; this class enforces the rules of the data:
 * consent, ownership, the receiving organisation's role, the states and their versions.
 *
 * @see ReferralState for the transitions
 */
public final class Referrals {

    private final Database database;
    private final Clock clock;
    private final Transitions transitions;
    private final ReferralReads reads;

    /**
     * @param rows the cases' rows, to re-encrypt a transferred case's identifiers
     * @param cipher the cipher of the installation, for response notes
     */
    public Referrals(Database database, CaseRows rows, IdentifierCipher cipher, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        Notes notes = new Notes(cipher);
        this.transitions = new Transitions(new Transfer(new CaseIdentifiers(rows)), notes);
        this.reads = new ReferralReads(notes);
    }

    /**
     * Sends a case to another organisation, as a referral or a transfer.
     *
     * @param actingOrganisationId the organisation of the user who sends it; must own the case
     * @param services the services requested, possibly none
     * @return the referral's id; it starts SENT at version 1
     * @throws ReferralRefusedException NOT_OWNER, SAME_ORGANISATION, NO_CONSENT, CASE_CLOSED or ALREADY_PENDING
     * @throws RecordNotFoundException when the case (or a voided one) or the receiver does not exist
     */
    public long send(long caseId, long actingOrganisationId, ReferralKind kind, long toOrganisationId,
                     ReferralReason reason, Set<SupportPlanType> services, String actor) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(services, "services");
        requireActor(actor);
        return database.inTransaction(connection -> Sending.send(connection, caseId, actingOrganisationId, kind,
                toOrganisationId, reason, Set.copyOf(services), actor, now()));
    }

    /**
     * The receiver accepts. Needs the person's consent still and an open case. Accepting a transfer makes the
     * receiver the case's owner in the same transaction, and withdraws the case's other pending referrals.
     *
     * @param expectedVersion the version the caller read
     * @throws ReferralRefusedException NOT_RECEIVER, NO_CONSENT, CASE_CLOSED, or for a transfer REFERENCE_TAKEN
     *     (the receiver has a case with the same reference) or NOT_OWNER (the sender no longer owns the case)
     * @throws ConcurrentReferralUpdateException when the version differs
     * @throws InvalidReferralTransitionException unless the referral is SENT
     */
    public CaseReferral accept(long referralId, int expectedVersion, long actingOrganisationId, String actor) {
        return change(referralId, expectedVersion, actingOrganisationId, ReferralState.ACCEPTED, null, actor);
    }

    /**
     * The receiver declines, with an optional note for the sender (at most 500 characters, stored encrypted).
     *
     * @throws ReferralRefusedException NOT_RECEIVER
     */
    public CaseReferral decline(long referralId, int expectedVersion, long actingOrganisationId, String note,
                                String actor) {
        Notes.requireValid(note);
        return change(referralId, expectedVersion, actingOrganisationId, ReferralState.DECLINED, note, actor);
    }

    /** The receiver starts its services; from ACCEPTED. */
    public CaseReferral startServices(long referralId, int expectedVersion, long actingOrganisationId,
                                      String actor) {
        return change(referralId, expectedVersion, actingOrganisationId, ReferralState.SERVICES_STARTED, null,
                actor);
    }

    /** The receiver closes the referral; from ACCEPTED or SERVICES_STARTED. Referred access ends. */
    public CaseReferral close(long referralId, int expectedVersion, long actingOrganisationId, String actor) {
        return change(referralId, expectedVersion, actingOrganisationId, ReferralState.CLOSED, null, actor);
    }

    /** The sender withdraws what it sent, before the receiver answers; NOT_SENDER for anyone else. */
    public CaseReferral withdraw(long referralId, int expectedVersion, long actingOrganisationId, String actor) {
        return change(referralId, expectedVersion, actingOrganisationId, ReferralState.WITHDRAWN, null, actor);
    }

    /**
     * Ends every open referral of a case because the person withdrew consent to assistance or to sharing:
     * waiting ones become WITHDRAWN, those under way CLOSED, each noted "consent withdrawn". Referred access
     * ends with them. Call it in the same request that records the withdrawal.
     *
     * @return how many referrals it ended
     * @throws RecordNotFoundException when there is no such case
     */
    public int revokeForCase(long caseId, String actor) {
        requireActor(actor);
        return database.inTransaction(connection -> transitions.revoke(connection, caseId, actor, now()));
    }

    public Optional<CaseReferral> find(long referralId) {
        return database.inTransaction(connection -> reads.find(connection, referralId));
    }

    /** The referrals and transfers of a case, newest first: the follow-up its owner sees. */
    public List<CaseReferral> forCase(long caseId) {
        return database.inTransaction(connection -> reads.forCase(connection, caseId));
    }

    /** What waits for an organisation's answer (SENT to it), newest first. */
    public List<CaseReferral> inbox(long organisationId) {
        return database.inTransaction(connection -> reads.inbox(connection, organisationId));
    }

    /** Everything an organisation sent, in any state, newest first. */
    public List<CaseReferral> outbox(long organisationId) {
        return database.inTransaction(connection -> reads.outbox(connection, organisationId));
    }

    /**
     * What an organisation may do with a case: its own (voided or not), referred to it and under way, or
     * nothing. Referred access also needs the person's consent to stand in the case now, so a withdrawal
     * recorded in the case ends it even before {@link #revokeForCase} runs.
     */
    public CaseAccess canAccess(long organisationId, long caseId) {
        return database.inTransaction(connection -> Visibility.access(connection, organisationId, caseId));
    }

    /** The cases an organisation sees because they were referred to it ({@link CaseAccess#REFERRED}). */
    public List<Long> referredCaseIds(long organisationId) {
        return database.inTransaction(connection -> Visibility.referredCaseIds(connection, organisationId));
    }

    /**
     * What the receiver may read of a case before it accepts: no identifier, no free text.
     *
     * @throws ReferralRefusedException NOT_RECEIVER for another organisation, ENDED once the referral ended
     * @throws RecordNotFoundException when there is no such referral
     */
    public ReferralSummary summaryFor(long referralId, long receivingOrganisationId) {
        return database.inTransaction(connection -> Visibility.summary(connection, referralId,
                receivingOrganisationId));
    }

    private CaseReferral change(long referralId, int expectedVersion, long actingOrganisationId, ReferralState next,
                                String note, String actor) {
        requireActor(actor);
        return database.inTransaction(connection -> {
            transitions.change(connection, referralId, expectedVersion, actingOrganisationId, next, note, actor,
                    now());
            return reads.find(connection, referralId).orElseThrow();
        });
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private static void requireActor(String actor) {
        if (actor == null || actor.isBlank() || actor.length() > 100) {
            throw new IllegalArgumentException("The actor must be named, in 1 to 100 characters");
        }
    }
}
