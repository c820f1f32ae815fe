package org.cthub.app.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.cthub.app.web.HttpSession;
import org.cthub.app.web.WebTest;
import org.cthub.standard.htcds.CaseStatus;
import org.cthub.standard.htcds.TypeOfExploitation;
import org.cthub.store.audit.AuditEntry;
import org.cthub.store.audit.AuditEvent;
import org.cthub.store.audit.AuditFilter;
import org.cthub.store.audit.AuditLog;
import org.cthub.store.casework.CaseFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@WebTest
class CaseListTest {

    @LocalServerPort
    int port;

    @Autowired
    CaseFixtures fixtures;

    @Autowired
    CaseFiles cases;

    @Autowired
    AuditLog audit;

    @Test
    void listsOnlyTheOrganisationsOwnCasesAndHidesAnotherOrganisationsCase() {
        CaseFixtures.Team mine = fixtures.team("LST");
        CaseFixtures.Team theirs = fixtures.team("OTH");
        long own = fixtures.newCase(mine, "Amina", "Bello");
        long other = fixtures.newCase(theirs, "Zainab", "Okafor");
        HttpSession session = fixtures.loggedIn(port, mine.caseworker());

        HttpResponse<String> list = session.get("/cases");
        HttpResponse<String> foreign = session.get("/cases/" + other);

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(reference(own)).contains("Amina Bello")
                .doesNotContain(reference(other)).doesNotContain("Zainab");
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.body()).doesNotContain("Zainab").doesNotContain(reference(other));
        assertThat(audit.page(new AuditFilter(mine.caseworker().username(), null, "CASE_READ", "CASE",
                Long.toString(other)), null, 5)).extracting(entry -> entry.event().outcome())
                .containsExactly(AuditEvent.Outcome.DENIED);
    }

    @Test
    void filtersByStatusCitizenshipExploitationRegistrationDatesAndReference() {
        CaseFixtures.Team team = fixtures.team("FLT");
        long nigerian = fixtures.newCase(team, CaseFixtures.record("Ada", "Eze", LocalDate.of(1992, 1, 2),
                CaseStatus.ACTIVE, LocalDate.of(2024, 3, 10), "NGA", EnumSet.of(TypeOfExploitation.FORCED_LABOUR)));
        long peruvian = fixtures.newCase(team, CaseFixtures.record("Rosa", "Quispe", LocalDate.of(1988, 7, 9),
                CaseStatus.FOLLOW_UP, LocalDate.of(2025, 1, 20), "PER",
                EnumSet.of(TypeOfExploitation.SEXUAL_EXPLOITATION)));
        long closed = fixtures.newCase(team, CaseFixtures.record("Mai", "Tran", LocalDate.of(1999, 2, 3),
                CaseStatus.CLOSED, LocalDate.of(2025, 2, 1), "VNM", Set.of()));
        HttpSession session = fixtures.loggedIn(port, team.caseworker());

        assertThat(session.get("/cases?status=FollowUp&status=Closed").body())
                .contains(reference(peruvian), reference(closed)).doesNotContain(reference(nigerian));
        assertThat(session.get("/cases?citizenship=NGA").body())
                .contains(reference(nigerian)).doesNotContain(reference(peruvian), reference(closed));
        assertThat(session.get("/cases?exploitation=SexualExploitation").body())
                .contains(reference(peruvian)).doesNotContain(reference(nigerian), reference(closed));
        assertThat(session.get("/cases?from=2025-01-01&to=2025-01-31").body())
                .contains(reference(peruvian)).doesNotContain(reference(nigerian), reference(closed));
        assertThat(session.get("/cases?caseworker=" + team.caseworker().username() + "&reference="
                + reference(closed)).body())
                .contains(reference(closed)).doesNotContain(reference(nigerian), reference(peruvian));
    }

    @Test
    void explainsAFilterItCannotApplyAndIgnoresIt() {
        CaseFixtures.Team team = fixtures.team("FLT");
        long own = fixtures.newCase(team, "Ada", "Eze");
        HttpSession session = fixtures.loggedIn(port, team.caseworker());

        HttpResponse<String> wrongDate = session.get("/cases?from=2025-02-30");
        HttpResponse<String> reversed = session.get("/cases?from=2025-02-01&to=2025-01-01");

        assertThat(wrongDate.statusCode()).isEqualTo(200);
        assertThat(wrongDate.body()).contains("There is a problem").contains("href=\"#from\"")
                .contains("Registered from must be a real date").contains(reference(own));
        assertThat(reversed.body()).contains("href=\"#to\"");
    }

    @Test
    void pagesTwentyFiveCasesAtATimeAndAnswersAnyPageNumber() {
        CaseFixtures.Team team = fixtures.team("PAG");
        for (int i = 0; i < 27; i++) {
            fixtures.newCase(team, "Person", "Number" + i);
        }
        HttpSession session = fixtures.loggedIn(port, team.caseworker());

        HttpResponse<String> first = session.get("/cases");
        HttpResponse<String> second = session.get("/cases?page=1");
        HttpResponse<String> beyond = session.get("/cases?page=99999");
        HttpResponse<String> nonsense = session.get("/cases?page=-3");

        assertThat(rows(first.body())).isEqualTo(25);
        assertThat(first.body()).contains("Cases 1 to 25 of 27").contains("Page 1 of 2").contains("page=1");
        assertThat(rows(second.body())).isEqualTo(2);
        assertThat(second.body()).contains("Cases 26 to 27 of 27");
        assertThat(beyond.statusCode()).isEqualTo(200);
        assertThat(rows(beyond.body())).isZero();
        assertThat(nonsense.statusCode()).isEqualTo(200);
        assertThat(rows(nonsense.body())).isEqualTo(25);
    }

    @Test
    void recordsEachSearchWithItsCountsOnly() {
        CaseFixtures.Team team = fixtures.team("AUD");
        fixtures.newCase(team, "Ada", "Eze");
        HttpSession session = fixtures.loggedIn(port, team.caseworker());

        session.get("/cases?reference=" + team.organisation().code());

        AuditEntry entry = audit.page(new AuditFilter(team.caseworker().username(), null, "CASE_SEARCH", null, null),
                null, 1).getFirst();
        assertThat(entry.event().detail()).isEqualTo("count=1 total=1");
    }

    @Test
    void speaksTheLanguageChosenWithLang() {
        CaseFixtures.Team team = fixtures.team("ESP");
        fixtures.newCase(team, "Ada", "Eze");
        HttpSession session = fixtures.loggedIn(port, team.caseworker());

        String spanish = session.get("/cases?lang=es").body();
        String french = session.get("/cases?lang=fr").body();

        assertThat(spanish).contains("<h1>Casos</h1>").contains("Nacionalidad").contains("Activo")
                .contains("Trabajo forzoso").contains("Nigeria");
        assertThat(french).contains("<h1>Dossiers</h1>").contains("Nationalité").contains("Actif");
    }

    private String reference(long caseId) {
        return cases.find(caseId).orElseThrow().reference();
    }

    private static int rows(String html) {
        return html.split("<th scope=\"row\">", -1).length - 1;
    }
}
