package org.cthub.app.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.cthub.app.security.Role;
import org.cthub.app.web.HttpSession;
import org.cthub.app.web.WebTest;
import org.cthub.standard.htcds.Gender;
import org.cthub.store.casework.CaseFile;
import org.cthub.store.casework.CaseFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@WebTest
class CaseEditTest {

    @LocalServerPort
    int port;

    @Autowired
    CaseFixtures fixtures;

    @Autowired
    CaseFiles cases;

    @Test
    void savesTheChangesAsANewVersion() {
        CaseFixtures.Team team = fixtures.team("EDT");
        long caseId = fixtures.newCase(team, "Amina", "Bello");
        HttpSession session = fixtures.loggedIn(port, team.caseworker());
        CaseFile before = cases.find(caseId).orElseThrow();
        assertThat(session.get("/cases/" + caseId + "/edit").body())
                .contains("name=\"version\" value=\"" + before.version() + "\"").contains("value=\"Amina\"");

        Map<String, String> form = CaseFixtures.editForm(before);
        form.put("secondName", "Bello-Okafor");
        form.put("primaryLanguage", "hau");
        form.put("status", "FollowUp");
        HttpResponse<String> saved = session.post("/cases/" + caseId + "/edit", form);

        assertThat(saved.statusCode()).isEqualTo(302);
        CaseFile after = cases.find(caseId).orElseThrow();
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(after.record().person().secondName()).isEqualTo("Bello-Okafor");
        assertThat(after.record().person().primaryLanguage().alpha2()).isEqualTo("ha");
        assertThat(after.record().person().email()).isEqualTo("amina@example.org");
        assertThat(after.record().victim().typesOfExploitation()).isEqualTo(before.record().victim()
                .typesOfExploitation());
        assertThat(session.get("/cases/" + caseId).body()).contains("Your changes are saved").contains("Follow Up");
    }

    @Test
    void keepsTheFirstOfTwoConcurrentEditsAndShowsTheSecondItsOwnValuesWithTheConflict() {
        CaseFixtures.Team team = fixtures.team("CON");
        long caseId = fixtures.newCase(team, "Amina", "Bello");
        HttpSession first = fixtures.loggedIn(port, team.caseworker());
        HttpSession second = fixtures.loggedIn(port, fixtures.account(team, Role.CASEWORKER));
        first.get("/cases/" + caseId + "/edit");
        second.get("/cases/" + caseId + "/edit");
        CaseFile opened = cases.find(caseId).orElseThrow();

        Map<String, String> firstForm = CaseFixtures.editForm(opened);
        firstForm.put("gender", "Masculine");
        Map<String, String> secondForm = CaseFixtures.editForm(opened);
        secondForm.put("birthDate", "1991-06-18");
        HttpResponse<String> won = first.post("/cases/" + caseId + "/edit", firstForm);
        HttpResponse<String> lost = second.post("/cases/" + caseId + "/edit", secondForm);

        assertThat(won.statusCode()).isEqualTo(302);
        assertThat(lost.statusCode()).isEqualTo(409);
        assertThat(lost.body()).contains("Someone else changed this case").contains(team.caseworker().username())
                .contains("value=\"1991-06-18\"").contains("name=\"version\" value=\"" + (opened.version() + 1) + "\"")
                .contains("href=\"#gender\"").contains("saved now as &quot;Masculine&quot;");
        CaseFile now = cases.find(caseId).orElseThrow();
        assertThat(now.version()).isEqualTo(opened.version() + 1);
        assertThat(now.record().person().gender()).isEqualTo(Gender.MASCULINE);
        assertThat(now.record().person().birthdate()).isEqualTo(opened.record().person().birthdate());
    }

    @Test
    void showsTheProblemsOfTheFormLinkedToTheirFieldsAndSavesNothing() {
        CaseFixtures.Team team = fixtures.team("VAL");
        long caseId = fixtures.newCase(team, "Amina", "Bello");
        HttpSession session = fixtures.loggedIn(port, team.caseworker());
        session.get("/cases/" + caseId + "/edit");
        CaseFile before = cases.find(caseId).orElseThrow();
        Map<String, String> form = CaseFixtures.editForm(before);
        form.put("birthDate", "2999-01-01");
        form.put("numberOfChildren", "many");
        form.put("firstName", "Changed");

        HttpResponse<String> refused = session.post("/cases/" + caseId + "/edit", form);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("There is a problem")
                .contains("<a href=\"#birthDate\">Date of birth must be today or in the past</a>")
                .contains("<a href=\"#numberOfChildren\">Number of children must be a whole number from 0 to 99</a>")
                .contains("value=\"Changed\"").contains("value=\"many\"");
        assertThat(cases.find(caseId).orElseThrow().version()).isEqualTo(before.version());
    }

    @Test
    void answersAnotherOrganisationsCaseworkerAsIfTheCaseDidNotExist() {
        CaseFixtures.Team owner = fixtures.team("OWN");
        CaseFixtures.Team intruder = fixtures.team("INT");
        long caseId = fixtures.newCase(owner, "Amina", "Bello");
        CaseFile before = cases.find(caseId).orElseThrow();
        HttpSession session = fixtures.loggedIn(port, intruder.caseworker());
        session.get("/cases");

        HttpResponse<String> form = session.get("/cases/" + caseId + "/edit");
        Map<String, String> changed = CaseFixtures.editForm(before);
        changed.put("firstName", "Intruder");
        HttpResponse<String> post = session.post("/cases/" + caseId + "/edit", changed);
        HttpResponse<String> consent = session.get("/cases/" + caseId + "/consent");

        assertThat(form.statusCode()).isEqualTo(404);
        assertThat(post.statusCode()).isEqualTo(404);
        assertThat(consent.statusCode()).isEqualTo(404);
        assertThat(form.body()).doesNotContain("Amina");
        assertThat(cases.find(caseId).orElseThrow().version()).isEqualTo(before.version());
    }

    @Test
    void refusesAChangeWithoutItsCsrfToken() {
        CaseFixtures.Team team = fixtures.team("CSR");
        long caseId = fixtures.newCase(team, "Amina", "Bello");
        HttpSession session = fixtures.loggedIn(port, team.caseworker());
        CaseFile before = cases.find(caseId).orElseThrow();
        Map<String, String> form = CaseFixtures.editForm(before);
        form.put("firstName", "Forged");

        HttpResponse<String> forged = session.postRaw("/cases/" + caseId + "/edit", form);

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(cases.find(caseId).orElseThrow().record().person().firstName()).isEqualTo("Amina");
    }

    @Test
    void addsAndRemovesEventsPerpetratorsAndComments() {
        CaseFixtures.Team team = fixtures.team("PRT");
        long caseId = fixtures.newCase(team, "Amina", "Bello");
        HttpSession session = fixtures.loggedIn(port, team.caseworker());
        session.get("/cases/" + caseId + "/events/new");

        assertThat(CaseFixtures.follow(session, session.post("/cases/" + caseId + "/events/new", Map.of("type",
                "Recruitment", "date", "2023-04-01", "city", "Benin City", "country", "NGA", "description",
                "Offered a job"))).body()).contains("The trafficking event is added");
        assertThat(CaseFixtures.follow(session, session.post("/cases/" + caseId + "/perpetrators/new", Map.of(
                "gender", "Masculine", "age", "40", "roles", "RecruiterOrIntermediary"))).body())
                .contains("The perpetrator is added");
        assertThat(CaseFixtures.follow(session, session.post("/cases/" + caseId + "/comments/new", Map.of(
                "comment", "First meeting went well"))).body()).contains("The comment is added");
        HttpResponse<String> missing = session.post("/cases/" + caseId + "/events/new", Map.of("city", "Lagos"));

        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(missing.body()).contains("<a href=\"#type\">Choose the type of the event</a>");
        CaseFile file = cases.find(caseId).orElseThrow();
        assertThat(file.record().events()).singleElement().satisfies(event -> {
            assertThat(event.place().city()).isEqualTo("Benin City");
            assertThat(event.description()).isEqualTo("Offered a job");
        });
        assertThat(file.record().perpetrators()).singleElement().satisfies(perpetrator ->
                assertThat(perpetrator.age()).isEqualTo(40));
        assertThat(file.record().comments()).extracting(comment -> comment.comment())
                .containsExactly("First meeting went well");
        String page = session.get("/cases/" + caseId).body();
        assertThat(page).contains("Benin City").contains("Recruiter Or Intermediary").contains("First meeting went well");

        HttpResponse<String> stale = session.post("/cases/" + caseId + "/comments/0/remove",
                Map.of("version", Integer.toString(file.version() - 1)));
        assertThat(cases.find(caseId).orElseThrow().record().comments()).hasSize(1);
        assertThat(CaseFixtures.follow(session, stale).body()).contains("Nothing was removed");
        HttpResponse<String> removed = session.post("/cases/" + caseId + "/comments/0/remove",
                Map.of("version", Integer.toString(file.version())));
        assertThat(CaseFixtures.follow(session, removed).body()).contains("The comment is removed");
        assertThat(cases.find(caseId).orElseThrow().record().comments()).isEmpty();
        assertThat(session.post("/cases/" + caseId + "/comments/5/remove", Map.of("version",
                Integer.toString(file.version() + 1))).statusCode()).isEqualTo(404);
    }
}
