package org.cthub.app.referrals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.cthub.app.audit.AuditTrail;
import org.cthub.app.security.CurrentUser;
import org.cthub.app.security.Role;
import org.cthub.app.security.SignedIn;
import org.cthub.app.web.NotFoundException;
import org.cthub.store.audit.AuditEvent.Outcome;
import org.cthub.store.referrals.CaseReferral;
import org.cthub.store.referrals.ReferralKind;
import org.cthub.store.referrals.ReferralRefusedException;
import org.cthub.store.referrals.ReferralState;
import org.cthub.store.referrals.ReferralSummary;
import org.cthub.store.referrals.Referrals;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The receiver's side: what waits for the organisation's answer (a summary that names nobody), answering it,
 * and following up what it accepted. Another organisation's referral is not found, whatever its id.
 */
@Service
class IncomingReferrals {

    /** A referral waiting for an answer: the version to answer at, and what the receiver may read of it. */
    record Waiting(int version, ReferralSummary summary) {
    }

    /** What the receiver has accepted and not closed yet. */
    static final Set<ReferralState> UNDER_WAY = EnumSet.of(ReferralState.ACCEPTED, ReferralState.SERVICES_STARTED);

    /** What the receiver has accepted, closed or not: every state that follows an acceptance. */
    static final Set<ReferralState> ACCEPTED = EnumSet.of(ReferralState.ACCEPTED, ReferralState.SERVICES_STARTED,
            ReferralState.CLOSED);

    private final Referrals referrals;
    private final ReceivedReferrals received;
    private final AuditTrail audit;

    IncomingReferrals(Referrals referrals, ReceivedReferrals received, AuditTrail audit) {
        this.referrals = referrals;
        this.received = received;
        this.audit = audit;
    }

    /** What waits for the organisation's answer, newest first; each summary read is recorded. */
    @PreAuthorize("hasAuthority('" + Role.Authority.CASE_READ + "')")
    List<Waiting> waiting() {
        long organisationId = CurrentUser.get().organisationId();
        List<Waiting> waiting = new ArrayList<>();
        for (CaseReferral referral : referrals.inbox(organisationId)) {
            try {
                waiting.add(new Waiting(referral.version(), referrals.summaryFor(referral.id(), organisationId)));
                audit.record("REFERRAL_READ", "REFERRAL", referral.id(), Outcome.SUCCESS, "summary");
            } catch (ReferralRefusedException ended) {
                // Withdrawn or answered between the two reads: it no longer waits.
            }
        }
        return waiting;
    }

    /** The referrals the organisation accepted and is working on; transfers are its own cases by then. */
    @PreAuthorize("hasAuthority('" + Role.Authority.CASE_READ + "')")
    List<CaseReferral> underWay() {
        SignedIn account = CurrentUser.get();
        List<CaseReferral> underWay = received.inStates(account.organisationId(), UNDER_WAY).stream()
                .filter(referral -> referral.kind() == ReferralKind.REFERRAL).toList();
        audit.record("REFERRAL_READ", "ORGANISATION", account.organisationId(), Outcome.SUCCESS,
                "under way referrals=" + underWay.size());
        return underWay;
    }

    /** What the organisation accepted, newest first, in one of those states or all (null). */
    @PreAuthorize("hasAuthority('" + Role.Authority.CASE_READ + "')")
    List<CaseReferral> accepted(ReferralState state) {
        SignedIn account = CurrentUser.get();
        Set<ReferralState> states = state == null ? ACCEPTED
                : ACCEPTED.contains(state) ? EnumSet.of(state) : EnumSet.noneOf(ReferralState.class);
        List<CaseReferral> accepted = received.inStates(account.organisationId(), states);
        audit.record("REFERRAL_READ", "ORGANISATION", account.organisationId(), Outcome.SUCCESS,
                "received state=" + (state == null ? "ALL" : state) + " referrals=" + accepted.size());
        return accepted;
    }

    /**
     * Accepts: a referral gives the organisation access to the case, a transfer makes the case its own.
     *
     * @throws NotFoundException unless the referral was sent to the current organisation
     * @throws ReferralRefusedException when a rule refuses it (consent withdrawn, case closed, reference taken)
     * @throws org.cthub.store.referrals.ConcurrentReferralUpdateException when it changed meanwhile
     * @throws org.cthub.store.referrals.InvalidReferralTransitionException when it no longer waits
     */
    @PreAuthorize("hasAuthority('" + Role.Authority.REFERRAL_RESPOND + "')")
    CaseReferral accept(long referralId, int expectedVersion) {
        return act("REFERRAL_ACCEPT", referralId, account -> referrals.accept(referralId, expectedVersion,
                account.organisationId(), account.username()));
    }

    /**
     * Declines, with a note for the sender (stored encrypted; never audited).
     *
     * @throws IllegalArgumentException when the note is blank or longer than the store keeps
     */
    @PreAuthorize("hasAuthority('" + Role.Authority.REFERRAL_RESPOND + "')")
    CaseReferral decline(long referralId, int expectedVersion, String note) {
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("A decline needs a note for the sender");
        }
        return act("REFERRAL_DECLINE", referralId, account -> referrals.decline(referralId, expectedVersion,
                account.organisationId(), note, account.username()));
    }

    @PreAuthorize("hasAuthority('" + Role.Authority.REFERRAL_RESPOND + "')")
    CaseReferral startServices(long referralId, int expectedVersion) {
        return act("REFERRAL_START_SERVICES", referralId, account -> referrals.startServices(referralId,
                expectedVersion, account.organisationId(), account.username()));
    }

    @PreAuthorize("hasAuthority('" + Role.Authority.REFERRAL_RESPOND + "')")
    CaseReferral close(long referralId, int expectedVersion) {
        return act("REFERRAL_CLOSE", referralId, account -> referrals.close(referralId, expectedVersion,
                account.organisationId(), account.username()));
    }

    /** Checks that the referral came to the current organisation, then acts and records the outcome. */
    private CaseReferral act(String action, long referralId, Function<SignedIn, CaseReferral> change) {
        SignedIn account = CurrentUser.get();
        CaseReferral referral = referrals.find(referralId)
                .filter(found -> found.toOrganisationId() == account.organisationId()).orElse(null);
        if (referral == null) {
            audit.record(action, "REFERRAL", referralId, Outcome.DENIED, "not the receiver");
            throw new NotFoundException("Referral");
        }
        String detail = "case=" + referral.caseId() + " kind=" + referral.kind() + " from="
                + referral.fromOrganisationCode();
        try {
            CaseReferral changed = change.apply(account);
            audit.record(action, "REFERRAL", referralId, Outcome.SUCCESS, detail + " state=" + changed.state());
            return changed;
        } catch (ReferralRefusedException refused) {
            audit.record(action, "REFERRAL", referralId, Outcome.DENIED, detail + " refused=" + refused.reason());
            throw refused;
        }
    }
}
