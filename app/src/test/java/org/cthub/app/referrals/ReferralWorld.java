package org.cthub.app.referrals;

import org.cthub.app.security.Role;
import org.cthub.app.web.WebFixtures;
import org.cthub.store.organisations.Organisation;
import org.cthub.store.users.UserAccount;

/**
 * Three fresh organisations, each with a caseworker: A refers, B receives, C stands outside and must never see
 * anything. Fresh for each test, because every web test shares one server and its database.
 */
record ReferralWorld(Organisation a, Organisation b, Organisation c, UserAccount workerA, UserAccount workerB,
                     UserAccount workerC) {

    static ReferralWorld create(WebFixtures fixtures) {
        Organisation a = fixtures.organisation("REFA");
        Organisation b = fixtures.organisation("REFB");
        Organisation c = fixtures.organisation("REFC");
        return new ReferralWorld(a, b, c, fixtures.account(a, Role.CASEWORKER), fixtures.account(b, Role.CASEWORKER),
                fixtures.account(c, Role.CASEWORKER));
    }
}
