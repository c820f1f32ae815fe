package org.cthub.app.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.cthub.app.audit.AuditTrail;
import org.cthub.app.security.CurrentUser;
import org.cthub.app.security.Role;
import org.cthub.store.audit.AuditEvent;
import org.cthub.store.casework.CaseFile;
import org.cthub.store.casework.CaseFiles;
import org.cthub.store.casework.ClosureRequest;
import org.cthub.store.casework.ClosureRequests;
import org.cthub.store.casework.NrmDecisions;
import org.cthub.store.casework.NrmReport;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A supervisor's view of the organisation's own cases: the closures waiting for a decision, how long the national
 * referral mechanism takes to decide, and the recovery and reflection periods about to end.
 */
@Service
class SupervisionReport {

    /** Reflection periods ending within this many days are listed, to plan what follows them. */
    static final int REFLECTION_DAYS = 14;

    record Pending(ClosureRequest request, String reference, LocalDate requestedOn) {
    }

    record Ending(NrmReport.ReflectionPeriod period, long daysLeft) {
    }

    record View(List<Pending> pending, NrmReport report, WaitingChart chart, int reflectionDays, List<Ending> ending,
                boolean canDecide) {
    }

    private final ClosureRequests closures;
    private final NrmDecisions decisions;
    private final CaseFiles cases;
    private final AuditTrail audit;
    private final Clock clock;

    SupervisionReport(ClosureRequests closures, NrmDecisions decisions, CaseFiles cases, AuditTrail audit,
                      Clock clock) {
        this.closures = closures;
        this.decisions = decisions;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('" + Role.Authority.NRM_REPORT + "')")
    View view(Locale locale) {
        long organisationId = CurrentUser.get().organisationId();
        // The store answers with the organisation's own cases only: a referred case is its owner's to close.
        List<Pending> pending = closures.pending(organisationId).stream().map(request -> new Pending(request,
                cases.find(request.caseId()).map(CaseFile::reference).orElse("—"),
                LocalDate.ofInstant(request.createdAt(), clock.getZone()))).toList();
        NrmReport report = decisions.report(organisationId, REFLECTION_DAYS);
        LocalDate today = LocalDate.now(clock);
        List<Ending> ending = report.reflectionEnding().stream().map(period -> new Ending(period,
                ChronoUnit.DAYS.between(today, period.endsOn()))).toList();
        audit.record("SUPERVISION_READ", "ORGANISATION", organisationId, AuditEvent.Outcome.SUCCESS,
                "pending=" + pending.size() + " ending=" + ending.size());
        return new View(pending, report, WaitingChart.of(report, locale), REFLECTION_DAYS, ending,
                CaseHeading.may(Role.Authority.CASE_CLOSE_APPROVE));
    }
}
