package org.cthub.app.audit;

import java.util.List;
import org.cthub.app.security.Role;
import org.cthub.store.audit.AuditEntry;
import org.cthub.store.audit.AuditFilter;
import org.cthub.store.audit.AuditLog;
import org.cthub.store.audit.AuditVerification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Administrators read their organisation's part of the audit trail and verify the whole chain; reading it is
 * itself recorded.
 */
@Service
class AuditBrowser {

    static final int PAGE_SIZE = 50;

    private final AuditLog log;
    private final AuditTrail trail;

    AuditBrowser(AuditLog log, AuditTrail trail) {
        this.log = log;
        this.trail = trail;
    }

    @PreAuthorize("hasAuthority('" + Role.Authority.AUDIT_READ + "')")
    List<AuditEntry> page(AuditFilter filter, Long before) {
        trail.record("AUDIT_READ", "AUDIT", null);
        // An organisation's administrator reads what its own accounts did, not what partners did.
        String organisation = org.cthub.app.security.CurrentUser.get().organisationCode();
        return log.page(new AuditFilter(filter.actor(), organisation, filter.action(), filter.objectType(),
                filter.objectId()), before, PAGE_SIZE);
    }

    @PreAuthorize("hasAuthority('" + Role.Authority.AUDIT_READ + "')")
    AuditVerification verify() {
        AuditVerification result = log.verify();
        trail.record("AUDIT_VERIFY", "AUDIT", null, result.intact()
                ? org.cthub.store.audit.AuditEvent.Outcome.SUCCESS
                : org.cthub.store.audit.AuditEvent.Outcome.FAILURE, result.entries() + " entries");
        return result;
    }
}
