package org.cthub.app.cases;

import java.util.List;
import org.cthub.app.audit.AuditTrail;
import org.cthub.app.security.CurrentUser;
import org.cthub.app.security.Role;
import org.cthub.standard.htcds.Consent;
import org.cthub.store.audit.AuditEvent;
import org.cthub.store.casework.CaseFile;
import org.cthub.store.casework.ConsentEvent;
import org.cthub.store.casework.ConsentKind;
import org.cthub.store.casework.Consents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Recording a person's consent to assistance and to sharing their anonymised data. A "no" after a "yes" is a
 * withdrawal: it takes effect in the case at once (the store writes it into the record, which releases read),
 * and every {@link ConsentWithdrawn} is told, so that referrals stop too.
 */
@Service
class ConsentRecording {

    static final FormField KIND = FormField.choice("kind", ConsentKind.values()).mandatory();
    static final FormField STATE = FormField.choice("state", ConsentState.values()).mandatory();
    static final FormField GIVEN_ON = FormField.of("givenOn", FieldKind.DATE).mandatory();
    static final FormField SCOPE = FormField.text("scope", Consents.MAX_SCOPE);
    static final List<FormField> FIELDS = List.of(KIND, STATE, GIVEN_ON, SCOPE);

    private static final Logger LOG = LoggerFactory.getLogger(ConsentRecording.class);

    private final VisibleCases visible;
    private final Consents consents;
    private final List<ConsentWithdrawn> hooks;
    private final CaseEditing editing;
    private final AuditTrail audit;

    ConsentRecording(VisibleCases visible, Consents consents, List<ConsentWithdrawn> hooks, CaseEditing editing,
                     AuditTrail audit) {
        this.visible = visible;
        this.consents = consents;
        this.hooks = List.copyOf(hooks);
        this.editing = editing;
        this.audit = audit;
    }

    /** What happened to a submitted consent form. */
    record Outcome(FormErrors errors, boolean withdrawn, boolean notPassedOn) {
    }

    /** The consent history of a case its organisation owns. */
    @PreAuthorize("hasAuthority('" + Role.Authority.CASE_WRITE + "')")
    List<ConsentLine> history(long caseId) {
        visible.requireOwned(caseId);
        audit.record("CASE_READ", "CASE", caseId, AuditEvent.Outcome.SUCCESS, "consent");
        return ConsentLine.of(consents.history(caseId));
    }

    /** Records the form's consent event, unless the form has problems. */
    @PreAuthorize("hasAuthority('" + Role.Authority.CASE_WRITE + "')")
    Outcome record(long caseId, FormValues values) {
        CaseFile file = visible.requireOwned(caseId);
        FormErrors errors = FormCheck.check(FIELDS, values, editing.today());
        ConsentKind kind = values.choice(KIND, ConsentKind.class);
        ConsentState state = values.choice(STATE, ConsentState.class);
        boolean wasGiven = kind != null && given(file.record().consent(), kind);
        if (state == ConsentState.WITHDRAWN && kind != null && !wasGiven) {
            errors.add(STATE.name(), "case.error.withdrawNotGiven");
        }
        if (!errors.isEmpty()) {
            return new Outcome(errors, false, false);
        }
        consents.record(caseId, kind, state == ConsentState.GIVEN, values.text(SCOPE), values.date(GIVEN_ON),
                CurrentUser.get().username());
        ConsentEvent now = consents.current(caseId).get(kind);
        if (!wasGiven || now.given()) {
            return new Outcome(errors, false, false);
        }
        return new Outcome(errors, true, !passOn(caseId, kind));
    }

    /** Tells every hook; true when all of them took it. */
    private boolean passOn(long caseId, ConsentKind kind) {
        int failed = 0;
        for (ConsentWithdrawn hook : hooks) {
            try {
                hook.withdrawn(caseId);
            } catch (RuntimeException e) {
                failed++;
                // The class names only: a message may quote what the hook was working on.
                LOG.error("Consent withdrawal of case {} was not passed on to {}: {}", caseId,
                        hook.getClass().getName(), e.getClass().getName());
            }
        }
        audit.record("CONSENT_WITHDRAW", "CASE", caseId, failed == 0 ? AuditEvent.Outcome.SUCCESS
                : AuditEvent.Outcome.FAILURE, "kind=" + kind + " hooks=" + hooks.size() + " failed=" + failed);
        return failed == 0;
    }

    private static boolean given(Consent consent, ConsentKind kind) {
        return Boolean.TRUE.equals(kind == ConsentKind.ASSISTANCE ? consent.toAssistance()
                : consent.toShareAnonymised());
    }
}
