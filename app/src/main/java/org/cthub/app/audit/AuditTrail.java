package org.cthub.app.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.cthub.app.security.CurrentUser;
import org.cthub.app.security.SignedIn;
import org.cthub.store.audit.AuditEvent;
import org.cthub.store.audit.AuditLog;
import org.springframework.stereotype.Service;

/**
 * Records what the signed-in account does. Every read, change, export, referral and login goes through here.
 * Object ids are CT Hub's own numbers and details are codes and counts: never names, dates of birth or text
 * somebody typed.
 */
@Service
public class AuditTrail {

    private final AuditLog log;

    AuditTrail(AuditLog log) {
        this.log = log;
    }

    /** Records a successful action of the current account on a record. */
    public void record(String action, String objectType, Object objectId) {
        record(action, objectType, objectId, AuditEvent.Outcome.SUCCESS, null);
    }

    /** Records an action of the current account (or of nobody, before login) with its outcome. */
    public void record(String action, String objectType, Object objectId, AuditEvent.Outcome outcome,
                       String detail) {
        log.append(event(action, objectType, objectId, outcome, detail));
    }

    /** Records inside the caller's transaction, so that the change and its entry commit together. */
    public void record(Connection connection, String action, String objectType, Object objectId, String detail)
            throws SQLException {
        log.append(connection, event(action, objectType, objectId, AuditEvent.Outcome.SUCCESS, detail));
    }

    /** Records an action of a named actor: logins, and jobs that run without a session. */
    public void as(String actor, String organisationCode, String action, String objectType, String objectId,
                   AuditEvent.Outcome outcome, String detail) {
        log.append(new AuditEvent(actor, organisationCode, action, objectType, objectId, outcome, detail));
    }

    private static AuditEvent event(String action, String objectType, Object objectId, AuditEvent.Outcome outcome,
                                    String detail) {
        SignedIn account = CurrentUser.find().orElse(null);
        return new AuditEvent(account == null ? "anonymous" : account.username(),
                account == null ? null : account.organisationCode(), action, objectType,
                objectId == null ? null : objectId.toString(), outcome, detail);
    }
}
