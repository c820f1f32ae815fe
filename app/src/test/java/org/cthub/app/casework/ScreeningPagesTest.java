package org.cthub.app.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.cthub.app.security.Role;
import org.cthub.app.web.HttpSession;
import org.cthub.app.web.WebTest;
import org.cthub.standard.htcds.CaseStatus;
import org.cthub.standard.htcds.TraffickingStatus;
import org.cthub.store.audit.AuditFilter;
import org.cthub.store.audit.AuditLog;
import org.cthub.store.casework.CaseFile;
import org.cthub.store.casework.CaseFiles;
import org.cthub.store.casework.Screening;
import org.cthub.store.casework.ScreeningDecision;
import org.cthub.store.casework.Screenings;
import org.cthub.store.casework.TraffickingIndicator;
import org.cthub.store.organisations.Organisation;
import org.cthub.store.users.UserAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@WebTest
class ScreeningPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    CaseFiles cases;

    @Autowired
    Screenings screenings;

    @Autowired
    AuditLog audit;

    @Autowired
    CaseworkFixtures fixtures;
    Organisation organisation;
    UserAccount caseworker;
    HttpSession session;

    @BeforeEach
    void logIn() {
        organisation = fixtures.organisation();
        caseworker = fixtures.account(organisation, Role.CASEWORKER);
        session = fixtures.session(caseworker);
    }

    @Test
    void savesTheIndicatorsAndTheDecisionOfTheForm() {
        HttpResponse<String> form = session.get("/screenings/new");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("<legend>Recruitment</legend>", "<legend>Means of control</legend>",
                "<legend>Exploitation</legend>", "for=\"indicator-DEBT_BONDAGE\"", "Debt bondage",
                "id=\"indicator-DEBT_BONDAGE-hint\"", "Possible victim of trafficking", "Actual victim of trafficking",
                "Not a victim of trafficking");

        HttpResponse<String> saved = session.post("/screenings/new", screening("Amara", "Okafor", "1994-05-02",
                "POSSIBLE", "DEBT_BONDAGE", "CONFISCATED_DOCUMENTS", "FORCED_TO_WORK"));

        assertThat(saved.statusCode()).isEqualTo(302);
        long id = idFrom(saved.headers().firstValue("Location").orElseThrow(), "/screenings/");
        Screening screening = screenings.find(id).orElseThrow();
        assertThat(screening.indicators()).containsExactlyInAnyOrder(TraffickingIndicator.DEBT_BONDAGE,
                TraffickingIndicator.CONFISCATED_DOCUMENTS, TraffickingIndicator.FORCED_TO_WORK);
        assertThat(screening.decision()).isEqualTo(ScreeningDecision.POSSIBLE);
        assertThat(screening.decidedBy()).isEqualTo(caseworker.username());
        assertThat(screening.screenedBy()).isEqualTo(caseworker.username());
        assertThat(screening.organisationId()).isEqualTo(organisation.id());
        assertThat(screening.person().birthDate()).isEqualTo(LocalDate.of(1994, 5, 2));
        HttpResponse<String> page = session.get("/screenings/" + id);
        assertThat(page.body()).contains("data-indicator=\"DEBT_BONDAGE\"", "data-indicator=\"FORCED_TO_WORK\"",
                "Possible victim of trafficking", "id=\"open-case\"");
        assertThat(session.get("/screenings").body()).contains("/screenings/" + id);
        assertThat(audit.page(new AuditFilter(caseworker.username(), null, "SCREENING_READ", "SCREENING",
                Long.toString(id)), null, 5)).hasSize(1);
    }

    @Test
    void returnsARefusedFormWithItsProblemsLinkedAndWhatWasTyped() {
        HttpResponse<String> refused = session.post("/screenings/new", screening("Amara", null, "2 May 94", null,
                "ISOLATION"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("There is a problem", "href=\"#birthDate\"", "href=\"#decision\"",
                "Enter a real date", "Select what the screening concluded", "value=\"Amara\"")
                .containsPattern("id=\"indicator-ISOLATION\"[^>]*checked");
    }

    @Test
    void offersNoCaseForAScreeningThatFoundNoVictim() {
        long id = save(screening(null, null, null, "NOT_A_VICTIM", "EXCESSIVE_HOURS"));

        HttpResponse<String> page = session.get("/screenings/" + id);
        HttpResponse<String> forged = session.post("/screenings/" + id + "/case", Map.of());

        assertThat(page.body()).doesNotContain("id=\"open-case\"").contains("id=\"no-case\"");
        assertThat(forged.statusCode()).isEqualTo(409);
        assertThat(forged.body()).contains("cannot open a case");
        assertThat(screenings.find(id).orElseThrow().caseId()).isNull();
    }

    @Test
    void warnsOfAnExistingCaseWhateverTheAccentsCaseOrOrderOfTheNames() {
        long existing = fixtures.createCase(organisation, caseworker, "José María", "Pérez López",
                LocalDate.of(1990, 3, 27));
        String reference = cases.find(existing).orElseThrow().reference();

        long plain = save(screening("jose maria", "PEREZ LOPEZ", "1990-03-27", "POSSIBLE"));
        long swapped = save(screening("Pérez López", "José María", "1990-03-27", "ACTUAL"));
        long otherBirth = save(screening("José María", "Pérez López", "1971-11-02", "POSSIBLE"));

        for (long id : new long[] {plain, swapped}) {
            assertThat(session.get("/screenings/" + id).body()).contains("id=\"possible-duplicates\"",
                    "This person may already have a case", "href=\"/cases/" + existing + "\"", reference,
                    "id=\"open-case\"");
        }
        assertThat(session.get("/screenings/" + otherBirth).body()).doesNotContain("possible-duplicates");
    }

    @Test
    void warnsOfAnExistingCaseWrittenInAnotherScriptOrWithDayAndMonthSwapped() {
        long existing = fixtures.createCase(organisation, caseworker, "Mohammed", "Hassan", LocalDate.of(1992, 4, 9));

        long arabic = save(screening("محمد", "حسن", "1992-04-09", "POSSIBLE"));
        long swapped = save(screening("Muhammad", "Hasan", "1992-09-04", "POSSIBLE"));

        for (long id : new long[] {arabic, swapped}) {
            assertThat(session.get("/screenings/" + id).body()).contains("id=\"possible-duplicates\"",
                    "href=\"/cases/" + existing + "\"", "match probability", "agrees on:", "date of birth");
        }
    }

    @Test
    void doesNotWarnOfAnotherOrganisationsCase() {
        Organisation other = fixtures.organisation();
        fixtures.createCase(other, fixtures.account(other, Role.CASEWORKER), "Lina", "Haddad",
                LocalDate.of(1988, 8, 8));

        long id = save(screening("Lina", "Haddad", "1988-08-08", "POSSIBLE"));

        var page = session.get("/screenings/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"open-case\"").doesNotContain("possible-duplicates");
    }

    @Test
    void opensACaseFromTheScreeningAndGoesToIt() {
        long id = save(screening("Nadia", "Rahman", "2001-11-30", "ACTUAL", "SEXUAL_EXPLOITATION", "THREATS"));

        HttpResponse<String> opened = session.post("/screenings/" + id + "/case", Map.of());

        assertThat(opened.statusCode()).isEqualTo(302);
        long caseId = idFrom(opened.headers().firstValue("Location").orElseThrow(), "/cases/");
        CaseFile file = cases.find(caseId).orElseThrow();
        assertThat(file.organisationId()).isEqualTo(organisation.id());
        assertThat(file.caseworker()).isEqualTo(caseworker.username());
        assertThat(file.record().caseInfo().status()).isEqualTo(CaseStatus.ACTIVE);
        assertThat(file.record().victim().traffickingStatus())
                .isEqualTo(TraffickingStatus.ACTUAL_VICTIM_OF_TRAFFICKING);
        assertThat(file.record().person().firstName()).isEqualTo("Nadia");
        assertThat(screenings.find(id).orElseThrow().caseId()).isEqualTo(caseId);
        assertThat(audit.page(new AuditFilter(caseworker.username(), null, "CASE_CREATE", "CASE",
                Long.toString(caseId)), null, 5)).hasSize(1);
        HttpResponse<String> again = session.post("/screenings/" + id + "/case", Map.of());
        assertThat(again.headers().firstValue("Location").orElseThrow()).endsWith("/cases/" + caseId);
        assertThat(session.get("/screenings/" + id).body()).contains("id=\"case-opened\"")
                .doesNotContain("id=\"open-case\"");
    }

    @Test
    void listsTheOrganisationsScreeningsNewestFirst() {
        LocalDate today = fixtures.today();
        long older = save(screening(null, null, null, "POSSIBLE", today.minusDays(3)));
        long newer = save(screening(null, null, null, "NOT_A_VICTIM", today));

        String list = session.get("/screenings").body();

        assertThat(list.indexOf("/screenings/" + newer)).isPositive().isLessThan(list.indexOf("/screenings/" + older));
    }

    @Test
    void hidesScreeningsFromOtherOrganisations() {
        long id = save(screening("Amara", "Okafor", null, "POSSIBLE"));
        Organisation other = fixtures.organisation();
        HttpSession outsider = fixtures.session(fixtures.account(other, Role.SUPERVISOR));

        assertThat(outsider.get("/screenings/" + id).statusCode()).isEqualTo(404);
        assertThat(outsider.post("/screenings/" + id + "/case", Map.of()).statusCode()).isEqualTo(404);
        assertThat(outsider.get("/screenings").body()).doesNotContain("/screenings/" + id + "\"");
        assertThat(screenings.find(id).orElseThrow().caseId()).isNull();
    }

    @Test
    void refusesScreeningToRolesWithoutIt() {
        HttpSession dataManager = fixtures.session(fixtures.account(organisation, Role.DATA_MANAGER));

        assertThat(dataManager.get("/screenings").statusCode()).isEqualTo(403);
        assertThat(dataManager.get("/screenings/new").statusCode()).isEqualTo(403);
    }

    private long save(HttpSession.Form form) {
        HttpResponse<String> saved = session.post("/screenings/new", form);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        return idFrom(saved.headers().firstValue("Location").orElseThrow(), "/screenings/");
    }

    /** The screening form as a browser sends it: one {@code indicator} field per ticked box. */
    private static HttpSession.Form screening(String given, String family, String birth, String decision,
                                              LocalDate on, String... indicators) {
        HttpSession.Form form = HttpSession.form().add("givenName", given).add("familyName", family)
                .add("birthDate", birth);
        for (String indicator : indicators) {
            form.add("indicator", indicator);
        }
        return form.add("decision", decision).add("screenedOn", on.toString());
    }

    private HttpSession.Form screening(String given, String family, String birth, String decision,
                                       String... indicators) {
        return screening(given, family, birth, decision, fixtures.today(), indicators);
    }

    static long idFrom(String location, String prefix) {
        String path = java.net.URI.create(location).getPath();
        return Long.parseLong(path.substring(path.indexOf(prefix) + prefix.length()));
    }
}
