package org.cthub.app.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.cthub.app.web.HttpSession;
import org.cthub.app.web.WebTest;
import org.cthub.store.audit.AuditFilter;
import org.cthub.store.audit.AuditLog;
import org.cthub.store.casework.CaseFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@WebTest
class ConsentPageTest {

    @LocalServerPort
    int port;

    @Autowired
    CaseFixtures fixtures;

    @Autowired
    CaseFiles cases;

    @Autowired
    AuditLog audit;

    @Autowired
    WithdrawalsHeard withdrawals;

    @Test
    void withdrawingConsentToShareTakesEffectInTheCaseAndTellsTheReferrals() {
        CaseFixtures.Team team = fixtures.team("CNS");
        long caseId = fixtures.newCase(team, "Amina", "Bello");
        HttpSession session = fixtures.loggedIn(port, team.caseworker());
        session.get("/cases/" + caseId + "/consent");
        String today = LocalDate.now().toString();

        HttpResponse<String> given = session.post("/cases/" + caseId + "/consent", Map.of("kind", "SHARING",
                "state", "GIVEN", "givenOn", today, "scope", "Anonymised statistics"));
        assertThat(given.statusCode()).isEqualTo(302);
        assertThat(cases.find(caseId).orElseThrow().record().consent().toShareAnonymised()).isTrue();
        assertThat(withdrawals.heard(caseId)).isFalse();

        HttpResponse<String> withdrawn = session.post("/cases/" + caseId + "/consent", Map.of("kind", "SHARING",
                "state", "WITHDRAWN", "givenOn", today));

        assertThat(withdrawn.statusCode()).isEqualTo(302);
        assertThat(cases.find(caseId).orElseThrow().record().consent().toShareAnonymised()).isFalse();
        assertThat(withdrawals.heard(caseId)).isTrue();
        assertThat(audit.page(new AuditFilter(team.caseworker().username(), null, "CONSENT_WITHDRAW", "CASE",
                Long.toString(caseId)), null, 5)).extracting(entry -> entry.event().detail())
                .singleElement().asString().startsWith("kind=SHARING").doesNotContain("statistics");
        String page = session.get("/cases/" + caseId).body();
        assertThat(page).contains("The consent decision is recorded").contains("Withdrawn").contains("Given")
                .contains("Anonymised statistics").contains(team.caseworker().username());
    }

    @Test
    void refusesToWithdrawConsentThatWasNeverGiven() {
        CaseFixtures.Team team = fixtures.team("CNS");
        long caseId = fixtures.newCase(team, "Amina", "Bello");
        HttpSession session = fixtures.loggedIn(port, team.caseworker());
        session.get("/cases/" + caseId + "/consent");

        HttpResponse<String> refused = session.post("/cases/" + caseId + "/consent", Map.of("kind", "ASSISTANCE",
                "state", "WITHDRAWN", "givenOn", LocalDate.now().toString()));
        HttpResponse<String> empty = session.post("/cases/" + caseId + "/consent", Map.of());

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("<a href=\"#state\">The person has not given this consent");
        assertThat(empty.body()).contains("href=\"#kind\"").contains("href=\"#state\"").contains("href=\"#givenOn\"");
        assertThat(cases.find(caseId).orElseThrow().record().consent().toAssistance()).isNull();
        assertThat(withdrawals.heard(caseId)).isFalse();
    }
}
