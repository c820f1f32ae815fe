package org.cthub.app.casework;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.cthub.app.security.Role;
import org.cthub.app.web.HttpSession;
import org.cthub.app.web.WebFixtures;
import org.cthub.standard.htcds.Case;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.CaseStatus;
import org.cthub.standard.htcds.Person;
import org.cthub.standard.htcds.Victim;
import org.cthub.store.Database;
import org.cthub.store.casework.CaseFiles;
import org.cthub.store.organisations.Organisation;
import org.cthub.store.users.UserAccount;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Cases, referrals and logged-in sessions for the casework tests, each in fresh organisations, because every
 * {@code @WebTest} class shares one server and one database. People are generated, never real.
 */
@Component
class CaseworkFixtures {

    private final WebFixtures web;
    private final CaseFiles cases;
    private final Database database;
    private final Clock clock;
    private final Environment environment;

    CaseworkFixtures(WebFixtures web, CaseFiles cases, Database database, Clock clock, Environment environment) {
        this.web = web;
        this.cases = cases;
        this.database = database;
        this.clock = clock;
        this.environment = environment;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Organisation organisation() {
        return web.organisation("CW");
    }

    UserAccount account(Organisation organisation, Role role) {
        return web.account(organisation, role);
    }

    /** A session logged in as the account, with a CSRF token from a page already read. */
    HttpSession session(UserAccount account) {
        // The port is known only once the server runs, after this bean was made.
        return HttpSession.loggedIn(environment.getRequiredProperty("local.server.port", Integer.class),
                account.username());
    }

    /** An active case of a person with the names and birth date given, registered by the account. */
    long createCase(Organisation organisation, UserAccount by, String givenName, String familyName,
                    LocalDate birthDate) {
        CaseRecord record = new CaseRecord(new Case(null, CaseStatus.ACTIVE, null, null, today(), null, null),
                new Person(null, givenName, null, familyName, birthDate, null, null, null, null, null, null, null,
                        null, null, null, null, null, null, null),
                new Victim(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null),
                null, null, null, null, null, null, null);
        return cases.create(organisation.id(), record, null, by.username());
    }

    long createCase(Organisation organisation, UserAccount by) {
        return createCase(organisation, by, "Test", "Person", LocalDate.of(1990, 1, 1));
    }

    /**
     * Refers a case to another organisation, accepted, as the referrals feature will: written directly, because
     * that feature's repository is not part of casework.
     */
    void referAccepted(long caseId, Organisation from, Organisation to, UserAccount by) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        web.consentToReferral(caseId);
        database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO case_referral (case_id, kind, "
                    + "from_organisation_id, to_organisation_id, reason, state, sent_by, sent_at, changed_at, "
                    + "changed_by) VALUES (?, 'REFERRAL', ?, ?, 'SERVICES', 'ACCEPTED', ?, ?, ?, ?)")) {
                insert.setLong(1, caseId);
                insert.setLong(2, from.id());
                insert.setLong(3, to.id());
                insert.setString(4, by.username());
                insert.setObject(5, now);
                insert.setObject(6, now);
                insert.setString(7, by.username());
                return insert.executeUpdate();
            }
        });
    }
}
