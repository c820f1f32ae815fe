package org.cthub.app.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.cthub.app.web.HttpSession;
import org.cthub.app.web.WebTest;
import org.cthub.store.audit.AuditFilter;
import org.cthub.store.audit.AuditLog;
import org.cthub.store.casework.CaseFiles;
import org.cthub.store.casework.CaseQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@WebTest
class NewCaseTest {

    @LocalServerPort
    int port;

    @Autowired
    CaseFixtures fixtures;

    @Autowired
    CaseFiles cases;

    @Autowired
    AuditLog audit;

    @Test
    void registersACaseGivenToWhoeverRegistersIt() {
        CaseFixtures.Team team = fixtures.team("NEW");
        HttpSession session = fixtures.loggedIn(port, team.caseworker());
        session.get("/cases/new");

        HttpResponse<String> created = session.post("/cases/new", Map.of("firstName", "Grace", "secondName", "Obi",
                "birthDate", "1995-02-11", "gender", "Feminine", "citizenship", "NGA"));

        assertThat(created.statusCode()).isEqualTo(302);
        long caseId = Long.parseLong(created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
        var file = cases.find(caseId).orElseThrow();
        assertThat(file.organisationId()).isEqualTo(team.organisation().id());
        assertThat(file.caseworker()).isEqualTo(team.caseworker().username());
        assertThat(file.record().person().citizenship()).extracting(country -> country.alpha3()).containsExactly("NGA");
        assertThat(session.get("/cases/" + caseId).body()).contains("The case is registered");
    }

    @Test
    void warnsOfAPersonRegisteredAlreadyHoweverTheNameIsSpeltAndCreatesOnlyWhenConfirmed() {
        CaseFixtures.Team team = fixtures.team("DUP");
        HttpSession session = fixtures.loggedIn(port, team.caseworker());
        session.get("/cases/new");
        Map<String, String> maria = Map.of("firstName", "María", "secondName", "García", "birthDate", "1990-05-17");
        long first = Long.parseLong(session.post("/cases/new", maria).headers().firstValue("Location").orElseThrow()
                .replaceAll(".*/", ""));
        Map<String, String> again = new HashMap<>(Map.of("firstName", "maria ", "secondName", " GARCIA",
                "birthDate", "1990-05-17"));
        session.get("/cases/new");

        HttpResponse<String> warned = session.post("/cases/new", again);

        assertThat(warned.statusCode()).isEqualTo(200);
        assertThat(warned.body()).contains("This person may be registered already")
                .contains("href=\"/cases/" + first + "\"").contains(cases.find(first).orElseThrow().reference())
                .contains("name=\"confirm\"").contains("value=\"maria\"");
        assertThat(count(team)).isEqualTo(1);
        assertThat(audit.page(new AuditFilter(team.caseworker().username(), null, "DUPLICATE_WARNING", null, null),
                null, 5)).extracting(entry -> entry.event().detail()).singleElement().asString()
                .matches("count=1 best=(0\\.\\d{3}|1\\.000) cases=" + first).doesNotContain("maria", "garcia");

        again.put("confirm", "true");
        HttpResponse<String> confirmed = session.post("/cases/new", again);

        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(count(team)).isEqualTo(2);
    }

    @Test
    void warnsOfACyrillicSpellingWithDayAndMonthSwappedRankedAndSaysWhatAgreed() {
        CaseFixtures.Team team = fixtures.team("DUP");
        HttpSession session = fixtures.loggedIn(port, team.caseworker());
        session.get("/cases/new");
        long olga = Long.parseLong(session.post("/cases/new", Map.of("firstName", "Olga", "secondName", "Ivanova",
                "birthDate", "1993-02-07", "gender", "Feminine", "citizenship", "UKR")).headers()
                .firstValue("Location").orElseThrow().replaceAll(".*/", ""));
        session.get("/cases/new");

        HttpResponse<String> warned = session.post("/cases/new", Map.of("firstName", "Ольга", "secondName",
                "Иванова", "birthDate", "1993-07-02", "gender", "Feminine", "citizenship", "UKR"));

        assertThat(warned.statusCode()).isEqualTo(200);
        assertThat(warned.body()).contains("This person may be registered already", "href=\"/cases/" + olga + "\"",
                "match probability", "agrees on:", "date of birth", "citizenship");
        assertThat(count(team)).isEqualTo(1);
    }

    @Test
    void asksForANameAndARealBirthDate() {
        CaseFixtures.Team team = fixtures.team("NEW");
        HttpSession session = fixtures.loggedIn(port, team.caseworker());
        session.get("/cases/new?lang=fr");

        HttpResponse<String> refused = session.post("/cases/new", Map.of("birthDate", "1990-13-45"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Il y a un problème")
                .contains("<a href=\"#firstName\">Saisissez le prénom ou le nom de famille de la personne</a>")
                .contains("<a href=\"#birthDate\">Date de naissance doit être une date réelle");
        assertThat(count(team)).isZero();
    }

    private long count(CaseFixtures.Team team) {
        return cases.search(CaseQuery.visibleTo(team.organisation().id())).total();
    }
}
