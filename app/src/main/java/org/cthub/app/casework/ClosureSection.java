package org.cthub.app.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cthub.app.audit.AuditTrail;
import org.cthub.app.cases.VisibleCases;
import org.cthub.app.security.CurrentUser;
import org.cthub.app.security.Role;
import org.cthub.app.web.NotFoundException;
import org.cthub.standard.htcds.CaseStatus;
import org.cthub.store.audit.AuditEvent;
import org.cthub.store.casework.ClosureReason;
import org.cthub.store.casework.ClosureRequest;
import org.cthub.store.casework.ClosureRequests;
import org.cthub.store.casework.SameSupervisorException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Closing a case under supervision: a caseworker of the owning organisation asks, with a reason, and a supervisor
 * other than the requester approves (the case closes) or rejects. The store enforces the four eyes; the section
 * does not offer the requester the decision, and shows the store's refusal to a forged one.
 */
@Service
class ClosureSection {

    /** A request as listed, its instants as dates in the server's zone. */
    record Row(ClosureRequest request, LocalDate requestedOn, LocalDate decidedOn) {
    }

    /**
     * What the section shows.
     *
     * @param ownRequest the pending request is the signed-in supervisor's own, so another must decide
     * @param showNotes supervisors' notes are the owning organisation's: a referred one sees the decisions only
     */
    record View(CaseHeading heading, CaseStatus status, LocalDate closedOn, Row pending, List<Row> history,
                boolean canRequest, boolean canDecide, boolean ownRequest, boolean showNotes,
                ClosureForms.Request request, ClosureForms.Decide decide) {
    }

    private final VisibleCases cases;
    private final ClosureRequests closures;
    private final AuditTrail audit;
    private final Clock clock;

    ClosureSection(VisibleCases cases, ClosureRequests closures, AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.closures = closures;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('" + Role.Authority.CASE_READ + "')")
    View view(long caseId, ClosureForms.Request refusedRequest, ClosureForms.Decide refusedDecide) {
        VisibleCases.Visible visible = cases.require(caseId);
        List<Row> history = closures.list(caseId).stream().map(this::row).toList();
        audit.record("CLOSURE_READ", "CASE", caseId, AuditEvent.Outcome.SUCCESS, "requests=" + history.size());
        Row pending = history.stream().filter(row -> row.request().pending()).findFirst().orElse(null);
        boolean owned = visible.owned();
        boolean closed = visible.file().closedAt() != null;
        boolean own = pending != null && pending.request().createdBy().equalsIgnoreCase(CurrentUser.get().username());
        boolean approver = owned && CaseHeading.may(Role.Authority.CASE_CLOSE_APPROVE);
        return new View(CaseHeading.of(visible), visible.file().record().caseInfo().status(),
                date(visible.file().closedAt()), pending, history,
                owned && !closed && pending == null && CaseHeading.may(Role.Authority.CASE_WRITE),
                approver && pending != null && !own, approver && own, owned,
                refusedRequest == null ? ClosureForms.Request.EMPTY : refusedRequest,
                refusedDecide == null ? ClosureForms.Decide.EMPTY : refusedDecide);
    }

    /** Checks that the account may ask to close the case (owner, case:write) before its form is read. */
    @PreAuthorize("hasAuthority('" + Role.Authority.CASE_WRITE + "')")
    void requireRequest(long caseId) {
        cases.requireOwned(caseId);
    }

    /** Checks that the account may decide closures of the case (owner, case:close-approve). */
    @PreAuthorize("hasAuthority('" + Role.Authority.CASE_CLOSE_APPROVE + "')")
    void requireDecision(long caseId) {
        cases.requireOwned(caseId);
    }

    /** Asks to close the owned case; the store records {@code CLOSURE_REQUEST}. */
    @PreAuthorize("hasAuthority('" + Role.Authority.CASE_WRITE + "')")
    void request(long caseId, ClosureReason reason, CaseStatus targetStatus) {
        cases.requireOwned(caseId);
        closures.request(caseId, reason, targetStatus, CurrentUser.get().username());
    }

    /**
     * Approves or rejects a pending request of the owned case; the store records {@code CLOSURE_APPROVED} or
     * {@code CLOSURE_REJECTED} and closes the case on approval.
     *
     * @throws IllegalArgumentException when the supervisor made the request
     */
    @PreAuthorize("hasAuthority('" + Role.Authority.CASE_CLOSE_APPROVE + "')")
    void decide(long caseId, long requestId, boolean approve, String note) {
        cases.requireOwned(caseId);
        if (closures.list(caseId).stream().noneMatch(request -> request.id() == requestId)) {
            throw new NotFoundException("Closure request");
        }
        String supervisor = CurrentUser.get().username();
        try {
            if (approve) {
                closures.approve(requestId, supervisor, note);
            } else {
                closures.reject(requestId, supervisor, note);
            }
        } catch (SameSupervisorException refused) {
            // Deciding one's own request is what the four eyes are there to stop: the attempt is worth a trace.
            audit.record(approve ? "CLOSURE_APPROVED" : "CLOSURE_REJECTED", "CASE", caseId,
                    AuditEvent.Outcome.DENIED, "request=" + requestId);
            throw refused;
        }
    }

    private Row row(ClosureRequest request) {
        return new Row(request, date(request.createdAt()), date(request.decidedAt()));
    }

    private LocalDate date(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, clock.getZone());
    }
}
