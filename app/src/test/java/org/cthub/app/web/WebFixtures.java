package org.cthub.app.web;

import java.util.concurrent.atomic.AtomicInteger;
import org.cthub.app.security.Passwords;
import org.cthub.app.security.Role;
import org.cthub.store.casework.ConsentKind;
import org.cthub.store.casework.Consents;
import org.cthub.store.organisations.Organisation;
import org.cthub.store.organisations.Organisations;
import org.cthub.store.users.UserAccount;
import org.cthub.store.users.Users;
import org.springframework.stereotype.Component;

/**
 * Organisations and accounts for web tests, each with a unique name, so that tests sharing the server do not
 * see each other's data. Every account's password is {@link #PASSWORD}.
 */
@Component
public class WebFixtures {

    public static final String PASSWORD = "a long test passphrase";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Organisations organisations;
    private final Users users;
    private final Consents consents;

    WebFixtures(Organisations organisations, Users users, Consents consents) {
        this.organisations = organisations;
        this.users = users;
        this.consents = consents;
    }

    /** Records the person's consent to assistance and to sharing, which every referral needs. */
    public void consentToReferral(long caseId) {
        java.time.LocalDate today = java.time.LocalDate.now();
        consents.record(caseId, ConsentKind.ASSISTANCE, true, null, today, "test");
        consents.record(caseId, ConsentKind.SHARING, true, null, today, "test");
    }

    /** A new organisation with a unique code starting with the prefix. */
    public Organisation organisation(String prefix) {
        return organisations.findOrCreate(prefix + "-" + System.nanoTime() % 1_000_000 + SEQUENCE.incrementAndGet(),
                "test");
    }

    /** A new account in the organisation, with a unique username starting with the role's name. */
    public UserAccount account(Organisation organisation, Role role) {
        String username = role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-"
                + SEQUENCE.incrementAndGet() + "-" + organisation.code().toLowerCase(java.util.Locale.ROOT);
        return users.create(organisation, username, "Test " + role.name().toLowerCase(java.util.Locale.ROOT), role.name(),
                ENCODED, "test");
    }

    // Argon2id costs tens of milliseconds on purpose; tests hash the one password once.
    private static final String ENCODED = Passwords.encoder().encode(PASSWORD);
}
