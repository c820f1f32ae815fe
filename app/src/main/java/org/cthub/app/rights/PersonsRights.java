package org.cthub.app.rights;

import java.time.LocalDate;
import java.util.List;
import org.cthub.app.audit.AuditTrail;
import org.cthub.app.cases.ConsentWithdrawn;
import org.cthub.app.cases.VisibleCases;
import org.cthub.app.security.CurrentUser;
import org.cthub.app.security.Role;
import org.cthub.app.web.NotFoundException;
import org.cthub.store.audit.AuditEvent;
import org.cthub.store.retention.SubjectExport;
import org.cthub.store.retention.SubjectRequest;
import org.cthub.store.retention.SubjectRequestKind;
import org.cthub.store.retention.SubjectRequests;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The person's rights (IOM principle 7): a copy of their data, a correction, or erasure, each recorded as a
 * request and honoured by a supervisor or data manager of the organisation that owns the case. Erasing
 * ends the case's sharing too, as a withdrawal of consent does.
 */
@Service
class PersonsRights {

    private final SubjectRequests requests;
    private final VisibleCases cases;
    private final AuditTrail audit;
    private final ObjectProvider<ConsentWithdrawn> sharing;

    PersonsRights(SubjectRequests requests, VisibleCases cases, AuditTrail audit,
                  ObjectProvider<ConsentWithdrawn> sharing) {
        this.requests = requests;
        this.cases = cases;
        this.audit = audit;
        this.sharing = sharing;
    }

    @PreAuthorize("hasAuthority('" + Role.Authority.SUBJECT_REQUEST + "')")
    List<SubjectRequest> forOrganisation() {
        audit.record("SUBJECT_REQUEST_LIST", "ORGANISATION", CurrentUser.get().organisationId());
        return requests.forOrganisation(CurrentUser.get().organisationId());
    }

    /**
     * Whether the current account handles requests for this case: it has the authority and its organisation
     * owns the case. Asked by the case page's section, so that other accounts see no section and leave no
     * refusals in the audit trail for merely opening the page.
     */
    boolean applies(long caseId) {
        return CurrentUser.get().role().authorities().contains(Role.Authority.SUBJECT_REQUEST)
                && cases.require(caseId).owned();
    }

    @PreAuthorize("hasAuthority('" + Role.Authority.SUBJECT_REQUEST + "')")
    List<SubjectRequest> forCase(long caseId) {
        cases.requireOwned(caseId);
        return requests.forOrganisation(CurrentUser.get().organisationId()).stream()
                .filter(request -> request.caseId() == caseId).toList();
    }

    @PreAuthorize("hasAuthority('" + Role.Authority.SUBJECT_REQUEST + "')")
    long record(long caseId, SubjectRequestKind kind, LocalDate receivedOn) {
        cases.requireOwned(caseId);
        long id = requests.record(caseId, kind, receivedOn, CurrentUser.get().username());
        audit.record("SUBJECT_REQUEST_RECORD", "CASE", caseId, AuditEvent.Outcome.SUCCESS, kind.name());
        return id;
    }

    @PreAuthorize("hasAuthority('" + Role.Authority.SUBJECT_REQUEST + "')")
    SubjectExport export(long caseId, long requestId) {
        SubjectRequest request = own(caseId, requestId);
        if (request.kind() != SubjectRequestKind.ACCESS) {
            throw new NotFoundException("Access request");
        }
        audit.record("SUBJECT_EXPORT", "CASE", caseId, AuditEvent.Outcome.SUCCESS, "request " + requestId);
        return requests.exportFor(caseId);
    }

    @PreAuthorize("hasAuthority('" + Role.Authority.SUBJECT_REQUEST + "')")
    void complete(long caseId, long requestId) {
        own(caseId, requestId);
        requests.complete(requestId, CurrentUser.get().username());
        audit.record("SUBJECT_REQUEST_COMPLETE", "CASE", caseId, AuditEvent.Outcome.SUCCESS, "request " + requestId);
    }

    @PreAuthorize("hasAuthority('" + Role.Authority.SUBJECT_REQUEST + "')")
    void erase(long caseId, long requestId) {
        SubjectRequest request = own(caseId, requestId);
        if (request.kind() != SubjectRequestKind.ERASURE) {
            throw new NotFoundException("Erasure request");
        }
        requests.erase(caseId, requestId, CurrentUser.get().username());
        audit.record("SUBJECT_ERASE", "CASE", caseId, AuditEvent.Outcome.SUCCESS, "request " + requestId);
        // The erasure has happened; a feature failing to stop its sharing must not hide that, only be recorded.
        sharing.orderedStream().forEach(hook -> {
            try {
                hook.withdrawn(caseId);
            } catch (RuntimeException e) {
                audit.record("SUBJECT_ERASE_SHARING", "CASE", caseId, AuditEvent.Outcome.FAILURE,
                        e.getClass().getSimpleName());
            }
        });
    }

    private SubjectRequest own(long caseId, long requestId) {
        cases.requireOwned(caseId);
        return requests.find(requestId).filter(request -> request.caseId() == caseId)
                .orElseThrow(() -> new NotFoundException("Request"));
    }
}
