package org.cthub.store.users;

import java.time.Instant;
import java.util.Objects;

/**
 * An account of the web application, as stored.
 *
 * @param role one of CASEWORKER, SUPERVISOR, DATA_MANAGER, ANALYST, ADMINISTRATOR
 * @param passwordHash the encoded Argon2id hash, or null for accounts that log in through an identity provider
 * @param lockedUntil when a lockout after failed logins ends, or null
 * @param passwordChangedAt when the password was last set, or null
 */
public record UserAccount(long id, long organisationId, String organisationCode, String username,
                          String displayName, String role, String passwordHash, String oidcSubject,
                          boolean enabled, int failedLogins, Instant lockedUntil, Instant lastLoginAt,
                          Instant passwordChangedAt) {

    public UserAccount {
        Objects.requireNonNull(organisationCode, "organisationCode");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
    }

    /** Whether a lockout is in force at an instant. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Leaves the password hash out, so that it never reaches a log. */
    @Override
    public String toString() {
        return "UserAccount[" + username + ", " + organisationCode + ", " + role + (enabled ? "" : ", disabled") + "]";
    }
}
