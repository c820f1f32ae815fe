package org.cthub.app.security;

import java.time.Duration;
import org.cthub.app.audit.AuditTrail;
import org.cthub.store.audit.AuditEvent;
import org.cthub.store.users.UserAccount;
import org.cthub.store.users.Users;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Every login and logout goes into the audit trail, and failures count towards a lockout: the
 * {@value #LOCK_AFTER}th consecutive failure locks the account for {@link #LOCK_FOR}. A failure for a name that
 * is not an account is recorded without the name, which may be a mistyped password.
 */
@Component
class LoginEvents {

    static final int LOCK_AFTER = 5;
    static final Duration LOCK_FOR = Duration.ofMinutes(15);

    private final Users users;
    private final AuditTrail audit;
    private final LoginThrottle throttle;

    LoginEvents(Users users, AuditTrail audit, LoginThrottle throttle) {
        this.users = users;
        this.audit = audit;
        this.throttle = throttle;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedIn account) {
            users.recordSuccessfulLogin(account.userId());
            audit.as(account.username(), account.organisationCode(), "LOGIN", "USER",
                    Long.toString(account.userId()), AuditEvent.Outcome.SUCCESS, null);
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String attempted = String.valueOf(event.getAuthentication().getName());
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
            throttle.failed(details.getRemoteAddress());
        }
        UserAccount account = users.recordFailedLogin(attempted, LOCK_AFTER, LOCK_FOR).orElse(null);
        String reason = event.getException().getClass().getSimpleName();
        if (account == null) {
            audit.as("unknown", null, "LOGIN", null, null, AuditEvent.Outcome.FAILURE, reason);
        } else {
            audit.as(account.username(), account.organisationCode(), "LOGIN", "USER", Long.toString(account.id()),
                    AuditEvent.Outcome.FAILURE, reason + (account.failedLogins() >= LOCK_AFTER ? "; locked" : ""));
        }
    }

    @EventListener
    void loggedOut(LogoutSuccessEvent event) {
        if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof SignedIn account) {
            audit.as(account.username(), account.organisationCode(), "LOGOUT", "USER",
                    Long.toString(account.userId()), AuditEvent.Outcome.SUCCESS, null);
        }
    }
}
