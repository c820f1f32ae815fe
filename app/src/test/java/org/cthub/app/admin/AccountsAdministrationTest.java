package org.cthub.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.cthub.app.security.Role;
import org.cthub.app.web.HttpSession;
import org.cthub.app.web.WebFixtures;
import org.cthub.app.web.WebTest;
import org.cthub.store.organisations.Organisation;
import org.cthub.store.users.UserAccount;
import org.cthub.store.users.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@WebTest
class AccountsAdministrationTest {

    @LocalServerPort
    int port;

    @Autowired
    WebFixtures fixtures;

    @Autowired
    Users users;

    @Test
    void createsAnAccountInTheAdministratorsOwnOrganisationOnly() {
        Organisation organisation = fixtures.organisation("ADM");
        HttpSession administrator = loggedIn(fixtures.account(organisation, Role.ADMINISTRATOR));
        administrator.get("/admin/users");

        HttpResponse<String> created = administrator.post("/admin/users", Map.of("username", "new-cw-" + organisation.code().toLowerCase(),
                "displayName", "New caseworker", "role", "CASEWORKER", "password", "a good long passphrase"));

        assertThat(created.statusCode()).isEqualTo(302);
        UserAccount account = users.findByUsername("new-cw-" + organisation.code().toLowerCase()).orElseThrow();
        assertThat(account.organisationCode()).isEqualTo(organisation.code());
        assertThat(account.passwordHash()).startsWith("$argon2id$");
        assertThat(new HttpSession(port).logIn(account.username(), "a good long passphrase").headers()
                .firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    @Test
    void refusesAShortPasswordWithAMessage() {
        Organisation organisation = fixtures.organisation("ADM");
        HttpSession administrator = loggedIn(fixtures.account(organisation, Role.ADMINISTRATOR));
        administrator.get("/admin/users");

        HttpResponse<String> refused = administrator.post("/admin/users", Map.of("username", "short-pw",
                "role", "CASEWORKER", "password", "short"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("at least 12 characters");
        assertThat(users.findByUsername("short-pw")).isEmpty();
    }

    @Test
    void cannotTouchAnotherOrganisationsAccount() {
        Organisation mine = fixtures.organisation("ADM");
        Organisation theirs = fixtures.organisation("OTH");
        UserAccount other = fixtures.account(theirs, Role.CASEWORKER);
        HttpSession administrator = loggedIn(fixtures.account(mine, Role.ADMINISTRATOR));

        HttpResponse<String> list = administrator.get("/admin/users");
        HttpResponse<String> disable = administrator.post("/admin/users/" + other.id() + "/enabled",
                Map.of("enabled", "false"));

        assertThat(list.body()).doesNotContain(other.username());
        assertThat(disable.statusCode()).isEqualTo(404);
        assertThat(users.findByUsername(other.username()).orElseThrow().enabled()).isTrue();
    }

    @Test
    void endsTheSessionOfAnAccountDisabledWhileLoggedIn() {
        Organisation organisation = fixtures.organisation("ADM");
        UserAccount caseworker = fixtures.account(organisation, Role.CASEWORKER);
        HttpSession session = loggedIn(caseworker);
        assertThat(session.get("/").statusCode()).isEqualTo(200);
        HttpSession administrator = loggedIn(fixtures.account(organisation, Role.ADMINISTRATOR));
        administrator.get("/admin/users");

        administrator.post("/admin/users/" + caseworker.id() + "/enabled", Map.of("enabled", "false"));
        HttpResponse<String> next = session.get("/");

        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(session.get("/").headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void endsTheSessionsOfAnAccountWhosePasswordWasReset() {
        Organisation organisation = fixtures.organisation("ADM");
        UserAccount caseworker = fixtures.account(organisation, Role.CASEWORKER);
        HttpSession stolen = loggedIn(caseworker);
        assertThat(stolen.get("/").statusCode()).isEqualTo(200);
        HttpSession administrator = loggedIn(fixtures.account(organisation, Role.ADMINISTRATOR));
        administrator.get("/admin/users");

        administrator.post("/admin/users/" + caseworker.id() + "/password",
                Map.of("password", "a fresh long passphrase"));

        assertThat(stolen.get("/").headers().firstValue("Location").orElseThrow()).endsWith("/login");
        HttpSession fresh = new HttpSession(port);
        assertThat(fresh.logIn(caseworker.username(), "a fresh long passphrase").headers().firstValue("Location")
                .orElseThrow()).doesNotContain("error");
        assertThat(fresh.get("/").statusCode()).isEqualTo(200);
    }

    private HttpSession loggedIn(UserAccount account) {
        HttpSession session = new HttpSession(port);
        assertThat(session.logIn(account.username(), WebFixtures.PASSWORD).headers().firstValue("Location")
                .orElseThrow()).doesNotContain("error");
        return session;
    }
}
