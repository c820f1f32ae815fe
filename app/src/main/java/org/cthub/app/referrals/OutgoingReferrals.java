package org.cthub.app.referrals;

import java.util.List;
import java.util.Set;
import org.cthub.app.audit.AuditTrail;
import org.cthub.app.cases.VisibleCases;
import org.cthub.app.security.CurrentUser;
import org.cthub.app.security.Role;
import org.cthub.app.security.SignedIn;
import org.cthub.app.web.NotFoundException;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.CaseStatus;
import org.cthub.standard.htcds.ReferralReason;
import org.cthub.standard.htcds.SupportPlanType;
import org.cthub.store.RecordNotFoundException;
import org.cthub.store.audit.AuditEvent.Outcome;
import org.cthub.store.casework.CaseFile;
import org.cthub.store.referrals.CaseReferral;
import org.cthub.store.referrals.ReferralKind;
import org.cthub.store.referrals.ReferralRefusedException;
import org.cthub.store.referrals.ReferralState;
import org.cthub.store.referrals.Referrals;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The sender's side: the referrals of a case as its organisation follows them up, sending a case to another
 * organisation, withdrawing what waits for an answer, and everything the organisation sent.
 */
@Service
class OutgoingReferrals {

    /**
     * A case's referrals as the current organisation may see them.
     *
     * @param owned whether the organisation owns the case (and may refer it); a referred organisation sees
     *     only the referral that brought the case to it, not where else the person was sent
     * @param shareable whether the record holds the person's consent to assistance and to sharing
     */
    record CaseSection(long caseId, String reference, boolean owned, boolean shareable, boolean closed,
                       List<CaseReferral> referrals) {
    }

    private final Referrals referrals;
    private final VisibleCases cases;
    private final AuditTrail audit;

    OutgoingReferrals(Referrals referrals, VisibleCases cases, AuditTrail audit) {
        this.referrals = referrals;
        this.cases = cases;
        this.audit = audit;
    }

    /** @throws NotFoundException when the organisation may not see the case */
    @PreAuthorize("hasAuthority('" + Role.Authority.CASE_READ + "')")
    CaseSection section(long caseId) {
        SignedIn account = CurrentUser.get();
        VisibleCases.Visible visible = cases.require(caseId);
        List<CaseReferral> shown = referrals.forCase(caseId).stream()
                .filter(referral -> visible.owned() || referral.toOrganisationId() == account.organisationId())
                .toList();
        audit.record("REFERRAL_READ", "CASE", caseId, Outcome.SUCCESS, "referrals=" + shown.size());
        CaseFile file = visible.file();
        return new CaseSection(caseId, file.reference(), visible.owned(), shareable(file.record()), closed(file),
                shown);
    }

    /**
     * Sends the case to another organisation.
     *
     * @return the referral's id
     * @throws ReferralRefusedException when a rule refuses it (recorded as denied, with the rule)
     * @throws RecordNotFoundException when the receiving organisation no longer exists
     * @throws NotFoundException when the organisation may not see the case
     */
    @PreAuthorize("hasAuthority('" + Role.Authority.REFERRAL_SEND + "')")
    long send(long caseId, ReferralKind kind, long toOrganisationId, ReferralReason reason,
              Set<SupportPlanType> services) {
        SignedIn account = CurrentUser.get();
        cases.requireOwned(caseId);
        String detail = "case=" + caseId + " kind=" + kind + " to=" + toOrganisationId + " reason="
                + reason.valueName() + " services=" + services.size();
        try {
            long id = referrals.send(caseId, account.organisationId(), kind, toOrganisationId, reason, services,
                    account.username());
            audit.record("REFERRAL_SEND", "REFERRAL", id, Outcome.SUCCESS, detail);
            return id;
        } catch (ReferralRefusedException refused) {
            audit.record("REFERRAL_SEND", "CASE", caseId, Outcome.DENIED, detail + " refused=" + refused.reason());
            throw refused;
        } catch (RecordNotFoundException gone) {
            // The case was checked above: what vanished is the receiver, voided since the form was shown.
            audit.record("REFERRAL_SEND", "CASE", caseId, Outcome.DENIED, detail + " receiver not found");
            throw gone;
        }
    }

    /**
     * Withdraws a referral of the case that waits for its answer.
     *
     * @throws NotFoundException unless the referral is of this case and was sent by the current organisation
     * @throws org.cthub.store.referrals.ConcurrentReferralUpdateException when it changed meanwhile
     * @throws org.cthub.store.referrals.InvalidReferralTransitionException once it was answered
     */
    @PreAuthorize("hasAuthority('" + Role.Authority.REFERRAL_SEND + "')")
    CaseReferral withdraw(long caseId, long referralId, int expectedVersion) {
        SignedIn account = CurrentUser.get();
        cases.require(caseId);
        CaseReferral referral = referrals.find(referralId)
                .filter(found -> found.caseId() == caseId && found.fromOrganisationId() == account.organisationId())
                .orElse(null);
        if (referral == null) {
            audit.record("REFERRAL_WITHDRAW", "REFERRAL", referralId, Outcome.DENIED, "not the sender");
            throw new NotFoundException("Referral");
        }
        CaseReferral withdrawn = referrals.withdraw(referralId, expectedVersion, account.organisationId(),
                account.username());
        audit.record("REFERRAL_WITHDRAW", "REFERRAL", referralId, Outcome.SUCCESS, "case=" + caseId);
        return withdrawn;
    }

    /** Everything the organisation sent, newest first, in one state or all (null). */
    @PreAuthorize("hasAuthority('" + Role.Authority.CASE_READ + "')")
    List<CaseReferral> sent(ReferralState state) {
        SignedIn account = CurrentUser.get();
        List<CaseReferral> sent = referrals.outbox(account.organisationId()).stream()
                .filter(referral -> state == null || referral.state() == state).toList();
        audit.record("REFERRAL_READ", "ORGANISATION", account.organisationId(), Outcome.SUCCESS,
                "sent state=" + (state == null ? "ALL" : state) + " referrals=" + sent.size());
        return sent;
    }

    /** Both consents the store requires before a case leaves its organisation; not recorded counts as no. */
    private static boolean shareable(CaseRecord record) {
        return Boolean.TRUE.equals(record.consent().toAssistance()) && record.consent().allowsSharing();
    }

    private static boolean closed(CaseFile file) {
        CaseStatus status = file.record().caseInfo().status();
        return file.closedAt() != null || status == CaseStatus.CLOSED || status == CaseStatus.CLOSED_REFERRED;
    }
}
