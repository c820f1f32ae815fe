package org.cthub.app.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cthub.app.security.Role;
import org.cthub.app.web.HttpSession;
import org.cthub.app.web.WebTest;
import org.cthub.store.audit.AuditEvent;
import org.cthub.store.audit.AuditFilter;
import org.cthub.store.audit.AuditLog;
import org.cthub.store.casework.CaseFiles;
import org.cthub.store.users.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@WebTest
class CasePageTest {

    @LocalServerPort
    int port;

    @Autowired
    CaseFixtures fixtures;

    @Autowired
    CaseFiles cases;

    @Autowired
    AuditLog audit;

    @Test
    void showsThePersonTheCaseAndTheSectionsOthersLoadAndRecordsTheRead() {
        CaseFixtures.Team team = fixtures.team("PGE");
        long caseId = fixtures.newCase(team, "Amina", "Bello");
        HttpSession session = fixtures.loggedIn(port, team.caseworker());

        HttpResponse<String> page = session.get("/cases/" + caseId);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Amina", "Bello", "Nigeria", "Feminine", "Forced labour", "Active",
                cases.find(caseId).orElseThrow().reference(), "Test caseworker");
        String contact = page.body().substring(page.body().indexOf("<details class=\"sensitive\" id=\"contact\">"));
        assertThat(contact.substring(0, contact.indexOf("</details>"))).contains("amina@example.org", "P-57731");
        for (String section : List.of("nrm", "services", "closure", "referrals", "requests")) {
            Matcher element = Pattern.compile("<section id=\"" + section + "\" ([^>]*)><a href=\"/cases/" + caseId
                    + "/" + section + "\">").matcher(page.body());
            assertThat(element.find()).as(section).isTrue();
            assertThat(element.group(1)).contains("class=\"case-section\"", "hx-trigger=\"load\"",
                    "hx-swap=\"outerHTML\"", "hx-get=\"/cases/" + caseId + "/" + section + "\"");
        }
        assertThat(audit.page(new AuditFilter(team.caseworker().username(), null, "CASE_READ", "CASE",
                Long.toString(caseId)), null, 5)).extracting(entry -> entry.event().outcome())
                .containsExactly(AuditEvent.Outcome.SUCCESS);
    }

    @Test
    void saysTheIdentifiersWereErasedInsteadOfShowingThem() {
        CaseFixtures.Team team = fixtures.team("ERA");
        long caseId = fixtures.newCase(team, "Amina", "Bello");
        fixtures.markErased(caseId);

        String page = fixtures.loggedIn(port, team.caseworker()).get("/cases/" + caseId).body();

        assertThat(page).contains("identifiers were erased").doesNotContain("Amina").doesNotContain("amina@");
    }

    @Test
    void showsAReferredCaseToTheOrganisationItWasReferredToWithoutLettingItChangeIt() {
        CaseFixtures.Team owner = fixtures.team("OWN");
        CaseFixtures.Team partner = fixtures.team("PRT");
        long caseId = fixtures.newCase(owner, "Amina", "Bello");
        fixtures.referAndAccept(caseId, owner, partner);
        HttpSession session = fixtures.loggedIn(port, partner.caseworker());

        HttpResponse<String> page = session.get("/cases/" + caseId);
        HttpResponse<String> edit = session.get("/cases/" + caseId + "/edit");
        HttpResponse<String> post = session.post("/cases/" + caseId + "/comments/new", Map.of("comment", "x"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("referred-notice").doesNotContain("id=\"edit-case\"")
                .doesNotContain("/comments/new");
        assertThat(session.get("/cases").body()).contains("Referred by " + owner.organisation().code());
        assertThat(edit.statusCode()).isEqualTo(403);
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(cases.find(caseId).orElseThrow().record().comments()).isEmpty();
    }

    @Test
    void letsADataManagerReadButNotChangeACase() {
        CaseFixtures.Team team = fixtures.team("DMG");
        long caseId = fixtures.newCase(team, "Amina", "Bello");
        HttpSession session = fixtures.loggedIn(port, fixtures.account(team, Role.DATA_MANAGER));

        HttpResponse<String> page = session.get("/cases/" + caseId);
        HttpResponse<String> edit = session.get("/cases/" + caseId + "/edit");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("id=\"edit-case\"");
        assertThat(edit.statusCode()).isEqualTo(403);
    }

    @Test
    void refusesTheCasePagesToAnAnalyst() {
        CaseFixtures.Team team = fixtures.team("ANL");
        long caseId = fixtures.newCase(team, "Amina", "Bello");
        HttpSession session = fixtures.loggedIn(port, fixtures.account(team, Role.ANALYST));

        assertThat(session.get("/cases").statusCode()).isEqualTo(403);
        assertThat(session.get("/cases/" + caseId).statusCode()).isEqualTo(403);
        assertThat(session.get("/cases/export.csv").statusCode()).isEqualTo(403);
    }

    @Test
    void letsASupervisorGiveTheCaseToACaseworkerOfTheOrganisationOnly() {
        CaseFixtures.Team team = fixtures.team("ASG");
        CaseFixtures.Team other = fixtures.team("OTH");
        long caseId = fixtures.newCase(team, "Amina", "Bello");
        UserAccount colleague = fixtures.account(team, Role.CASEWORKER);
        HttpSession supervisor = fixtures.loggedIn(port, fixtures.account(team, Role.SUPERVISOR));
        assertThat(supervisor.get("/cases/" + caseId).body()).contains("id=\"assign\"");

        HttpResponse<String> given = CaseFixtures.follow(supervisor, supervisor.post("/cases/" + caseId + "/assign",
                Map.of("caseworker", colleague.username())));
        HttpResponse<String> outsider = CaseFixtures.follow(supervisor, supervisor.post("/cases/" + caseId
                + "/assign", Map.of("caseworker", other.caseworker().username())));

        assertThat(given.body()).contains("The responsible caseworker is changed");
        assertThat(outsider.body()).contains("Nobody was assigned");
        assertThat(cases.find(caseId).orElseThrow().caseworker()).isEqualTo(colleague.username());
        HttpSession caseworker = fixtures.loggedIn(port, team.caseworker());
        assertThat(caseworker.get("/cases/" + caseId).body()).doesNotContain("id=\"assign\"");
        assertThat(caseworker.post("/cases/" + caseId + "/assign", Map.of("caseworker", "")).statusCode())
                .isEqualTo(403);
    }
}
