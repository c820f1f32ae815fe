package org.cthub.app.security;

/**
 * The account behind a session, however it logged in (password or the organisation's identity provider).
 * Services take their organisation boundary from here, never from a request parameter.
 */
public interface SignedIn {

    /** Who is signed in, as the store knows them when they logged in. */
    Account account();

    default long userId() {
        return account().userId();
    }

    default String username() {
        return account().username();
    }

    default String displayName() {
        return account().displayName();
    }

    default long organisationId() {
        return account().organisationId();
    }

    default String organisationCode() {
        return account().organisationCode();
    }

    default Role role() {
        return account().role();
    }

    /** The account's identity, organisation and role. */
    record Account(long userId, String username, String displayName, long organisationId, String organisationCode,
                   Role role, java.time.Instant signedInAt) implements java.io.Serializable {

        static Account of(org.cthub.store.users.UserAccount stored, java.time.Instant signedInAt) {
            return new Account(stored.id(), stored.username(), stored.displayName(), stored.organisationId(),
                    stored.organisationCode(), Role.valueOf(stored.role()), signedInAt);
        }
    }
}
