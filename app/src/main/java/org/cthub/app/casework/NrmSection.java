package org.cthub.app.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.cthub.app.audit.AuditTrail;
import org.cthub.app.cases.VisibleCases;
import org.cthub.app.security.CurrentUser;
import org.cthub.app.security.Role;
import org.cthub.app.web.NotFoundException;
import org.cthub.store.casework.NrmDecision;
import org.cthub.store.casework.NrmDecisions;
import org.cthub.store.casework.NrmKind;
import org.cthub.store.casework.NrmOutcome;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The national referral mechanism section of a case: the referrals and decisions, and for the owning
 * organisation the forms to refer the case and record the authority's decisions. The store keeps the rules
 * (one pending decision per kind, conclusive grounds only after positive reasonable grounds, a reflection
 * period of at least 30 days); the forms offer only what the rules allow.
 */
@Service
class NrmSection {

    /** A reflection period ending within this many days is flagged on the case. */
    static final int WARN_DAYS = 7;

    /** Where a reflection period stands, for its tag. */
    enum Reflection { NONE, OPEN, ENDING, ENDED }

    /** A decision as the section lists it. {@code daysLeft} is negative once the period ended. */
    record Row(NrmDecision decision, Reflection reflection, long daysLeft) {
    }

    /**
     * What the section shows.
     *
     * @param canChange whether the account may refer and record decisions (owner with case:write)
     * @param referable the kinds a new referral may have now
     */
    record View(CaseHeading heading, List<Row> rows, boolean canChange, List<NrmKind> referable, LocalDate today,
                LocalDate defaultReflectionEnd, NrmForms.Refer refer, NrmForms.Decide decide) {

        /** The decide form of a pending decision: as refused when it was this one, else the defaults. */
        public NrmForms.Decide decideFor(long decisionId) {
            return decide != null && decide.decisionId() == decisionId ? decide
                    : NrmForms.Decide.defaults(decisionId, today, defaultReflectionEnd);
        }
    }

    private final VisibleCases cases;
    private final NrmDecisions decisions;
    private final AuditTrail audit;
    private final Clock clock;

    NrmSection(VisibleCases cases, NrmDecisions decisions, AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.decisions = decisions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The section, with a refused form's values in place of the defaults when one is given. */
    @PreAuthorize("hasAuthority('" + Role.Authority.CASE_READ + "')")
    View view(long caseId, NrmForms.Refer refusedRefer, NrmForms.Decide refusedDecide) {
        VisibleCases.Visible visible = cases.require(caseId);
        List<NrmDecision> listed = decisions.list(caseId);
        audit.record("NRM_READ", "CASE", caseId, org.cthub.store.audit.AuditEvent.Outcome.SUCCESS,
                "decisions=" + listed.size());
        LocalDate today = LocalDate.now(clock);
        boolean canChange = visible.owned() && CaseHeading.may(Role.Authority.CASE_WRITE);
        return new View(CaseHeading.of(visible), listed.stream().map(d -> row(d, today)).toList(), canChange,
                canChange ? referable(listed) : List.of(), today, today.plusDays(NrmDecisions.MIN_REFLECTION_DAYS),
                refusedRefer == null ? NrmForms.Refer.defaults(today) : refusedRefer, refusedDecide);
    }

    /**
     * Checks that the account may change the section before its form is even read, so that a referred
     * organisation or a read-only role is refused (403) whatever it sent.
     */
    @PreAuthorize("hasAuthority('" + Role.Authority.CASE_WRITE + "')")
    void requireChange(long caseId) {
        cases.requireOwned(caseId);
    }

    /** Refers the owned case; the store records {@code NRM_REFER}. */
    @PreAuthorize("hasAuthority('" + Role.Authority.CASE_WRITE + "')")
    void refer(long caseId, NrmKind kind, LocalDate referredOn, String authority) {
        cases.requireOwned(caseId);
        decisions.refer(caseId, kind, referredOn, authority, CurrentUser.get().username());
    }

    /**
     * Records the decision on a pending referral of the owned case; the store records {@code NRM_DECIDE}. The
     * reflection period's end is passed on only for a positive reasonable-grounds decision, the one decision
     * that opens a period: the form shows the field for every reasonable-grounds decision, pre-filled.
     */
    @PreAuthorize("hasAuthority('" + Role.Authority.CASE_WRITE + "')")
    void decide(long caseId, long decisionId, NrmOutcome outcome, LocalDate decidedOn, LocalDate reflectionEndsOn) {
        cases.requireOwned(caseId);
        NrmDecision pending = decisions.list(caseId).stream().filter(decision -> decision.id() == decisionId)
                .findFirst().orElseThrow(() -> new NotFoundException("NRM decision"));
        boolean opensReflection = pending.kind() == NrmKind.REASONABLE_GROUNDS && outcome == NrmOutcome.POSITIVE;
        decisions.decide(decisionId, outcome, decidedOn, opensReflection ? reflectionEndsOn : null,
                CurrentUser.get().username());
    }

    static Row row(NrmDecision decision, LocalDate today) {
        LocalDate ends = decision.reflectionEndsOn();
        if (ends == null) {
            return new Row(decision, Reflection.NONE, 0);
        }
        long left = ChronoUnit.DAYS.between(today, ends);
        Reflection reflection = left < 0 ? Reflection.ENDED : left <= WARN_DAYS ? Reflection.ENDING : Reflection.OPEN;
        return new Row(decision, reflection, left);
    }

    /**
     * The kinds a referral may ask for now. Reasonable grounds until a positive decision (again after a negative
     * one: a reconsideration), conclusive grounds once reasonable grounds were positive and until a positive
     * conclusive decision; never a kind already pending. The store refuses the rest; the form does not offer it.
     */
    private static List<NrmKind> referable(List<NrmDecision> listed) {
        List<NrmKind> kinds = new ArrayList<>();
        for (NrmKind kind : NrmKind.values()) {
            boolean pendingOrPositive = listed.stream().anyMatch(d -> d.kind() == kind
                    && d.outcome() != NrmOutcome.NEGATIVE);
            boolean follows = kind == NrmKind.REASONABLE_GROUNDS || listed.stream().anyMatch(d -> d.kind()
                    == NrmKind.REASONABLE_GROUNDS && d.outcome() == NrmOutcome.POSITIVE);
            if (!pendingOrPositive && follows) {
                kinds.add(kind);
            }
        }
        return kinds;
    }
}
