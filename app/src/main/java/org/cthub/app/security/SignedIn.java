package org.cthub.app.security;

/**
 * The account behind a session, however it logged in (password or the organisation's identity provider).
 * Services take their organisation boundary from here, never from a request parameter.
 */
public interface SignedIn {

    long userId();

    String username();

    String displayName();

    long organisationId();

    String organisationCode();

    Role role();
}
