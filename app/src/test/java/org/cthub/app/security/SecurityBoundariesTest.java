package org.cthub.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.cthub.app.web.HttpSession;
import org.cthub.app.web.WebFixtures;
import org.cthub.app.web.WebTest;
import org.cthub.store.Database;
import org.cthub.store.audit.AuditEntry;
import org.cthub.store.audit.AuditFilter;
import org.cthub.store.audit.AuditLog;
import org.cthub.store.organisations.Organisation;
import org.cthub.store.users.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@WebTest
class SecurityBoundariesTest {

    @LocalServerPort
    int port;

    @Autowired
    WebFixtures fixtures;

    @Autowired
    AuditLog audit;

    @Autowired
    Database database;

    @Test
    void sendsAnonymousVisitorsToTheLoginPage() {
        HttpResponse<String> response = new HttpSession(port).get("/cases");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void answersWithStrictSecurityHeaders() {
        HttpResponse<String> response = new HttpSession(port).get("/login");

        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue(
                SecurityConfiguration.CONTENT_SECURITY_POLICY);
        assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(response.headers().allValues("Set-Cookie")).allSatisfy(cookie ->
                assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict"));
    }

    @Test
    void refusesACaseworkerTheAdministratorsPagesAndRecordsTheAttempt() {
        Organisation organisation = fixtures.organisation("SEC");
        UserAccount caseworker = fixtures.account(organisation, Role.CASEWORKER);
        HttpSession session = new HttpSession(port);
        assertThat(session.logIn(caseworker.username(), WebFixtures.PASSWORD).statusCode()).isEqualTo(302);

        HttpResponse<String> audit = session.get("/admin/audit");
        HttpResponse<String> users = session.get("/admin/users");

        assertThat(audit.statusCode()).isEqualTo(403);
        assertThat(users.statusCode()).isEqualTo(403);
        assertThat(audit.body()).contains("Not allowed").doesNotContain("Exception");
        assertThat(this.audit.page(new AuditFilter(caseworker.username(), null, "ACCESS_DENIED", null, null),
                null, 10)).extracting(entry -> entry.event().objectId())
                .contains("/admin/audit", "/admin/users");
    }

    @Test
    void refusesAFormWithoutItsCsrfToken() {
        Organisation organisation = fixtures.organisation("SEC");
        UserAccount administrator = fixtures.account(organisation, Role.ADMINISTRATOR);
        HttpSession session = new HttpSession(port);
        session.logIn(administrator.username(), WebFixtures.PASSWORD);
        session.get("/admin/audit");

        HttpResponse<String> forged = session.postRaw("/admin/audit/verify", Map.of());
        HttpResponse<String> genuine = session.post("/admin/audit/verify", Map.of());

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(genuine.statusCode()).isEqualTo(200);
    }

    @Test
    void locksAnAccountAfterFiveFailedLogins() {
        Organisation organisation = fixtures.organisation("SEC");
        UserAccount caseworker = fixtures.account(organisation, Role.CASEWORKER);

        for (int attempt = 0; attempt < 5; attempt++) {
            HttpResponse<String> failed = new HttpSession(port).logIn(caseworker.username(), "wrong password!!");
            assertThat(failed.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        }
        HttpResponse<String> correct = new HttpSession(port).logIn(caseworker.username(), WebFixtures.PASSWORD);

        assertThat(correct.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(audit.page(new AuditFilter(caseworker.username(), null, "LOGIN", null, null), null, 10))
                .extracting(entry -> entry.event().detail())
                .anySatisfy(detail -> assertThat(detail).contains("locked"));
    }

    @Test
    void reportsATamperedAuditEntryWhenAnAdministratorVerifiesTheTrail() {
        Organisation organisation = fixtures.organisation("SEC");
        UserAccount administrator = fixtures.account(organisation, Role.ADMINISTRATOR);
        HttpSession session = new HttpSession(port);
        session.logIn(administrator.username(), WebFixtures.PASSWORD);
        AuditEntry login = audit.page(new AuditFilter(administrator.username(), null, "LOGIN", null, null), null, 1)
                .getFirst();
        session.get("/admin/audit");
        assertThat(session.post("/admin/audit/verify", Map.of()).body()).contains("The audit trail is intact");

        setActor(login.seq(), "someone-else");
        try {
            HttpResponse<String> verified = session.post("/admin/audit/verify", Map.of());

            assertThat(verified.body()).contains("tampered with at entry " + login.seq())
                    .contains("was changed after it was written");
        } finally {
            setActor(login.seq(), login.event().actor());
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    private void setActor(long seq, String actor) {
        database.inTransaction(connection -> {
            try (var update = connection.prepareStatement("UPDATE audit_event SET actor = ? WHERE seq = ?")) {
                update.setString(1, actor);
                update.setLong(2, seq);
                return update.executeUpdate();
            }
        });
    }
}
