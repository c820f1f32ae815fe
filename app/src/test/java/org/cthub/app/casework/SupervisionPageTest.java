package org.cthub.app.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cthub.app.security.Role;
import org.cthub.app.web.WebTest;
import org.cthub.standard.htcds.CaseStatus;
import org.cthub.store.casework.CaseFiles;
import org.cthub.store.casework.ClosureReason;
import org.cthub.store.casework.ClosureRequests;
import org.cthub.store.casework.NrmDecisions;
import org.cthub.store.casework.NrmKind;
import org.cthub.store.casework.NrmOutcome;
import org.cthub.store.casework.NrmReport;
import org.cthub.store.organisations.Organisation;
import org.cthub.store.users.UserAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@WebTest
class SupervisionPageTest {

    @LocalServerPort
    int port;

    @Autowired
    CaseFiles cases;

    @Autowired
    NrmDecisions decisions;

    @Autowired
    ClosureRequests closures;

    @Autowired
    CaseworkFixtures fixtures;
    Organisation organisation;
    UserAccount caseworker;
    UserAccount supervisor;
    LocalDate today;

    @BeforeEach
    void organisation() {
        organisation = fixtures.organisation();
        caseworker = fixtures.account(organisation, Role.CASEWORKER);
        supervisor = fixtures.account(organisation, Role.SUPERVISOR);
        today = fixtures.today();
    }

    @Test
    void showsTheNumbersOfTheStoresReport() {
        long first = decided(50, 40, 39, 10);
        decided(45, 20, 19, 5);
        long ending = fixtures.createCase(organisation, caseworker);
        long rg = decisions.refer(ending, NrmKind.REASONABLE_GROUNDS, today.minusDays(30), "Office",
                caseworker.username());
        decisions.decide(rg, NrmOutcome.POSITIVE, today.minusDays(24), today.plusDays(6), caseworker.username());
        long pending = closures.request(first, ClosureReason.SUPPORT_COMPLETED, CaseStatus.CLOSED,
                caseworker.username());
        NrmReport report = decisions.report(organisation.id(), 14);
        assertThat(report.referralToReasonableGrounds().cases()).isEqualTo(2);

        HttpResponse<String> page = fixtures.session(supervisor).get("/supervision");

        assertThat(page.statusCode()).isEqualTo(200);
        assertRow(page.body(), "referralToReasonable", report.referralToReasonableGrounds());
        assertRow(page.body(), "reasonableToConclusive", report.reasonableToConclusiveGrounds());
        assertThat(page.body()).contains("<svg role=\"img\"", "aria-labelledby=\"waiting-chart-title waiting-chart-desc\"",
                "class=\"bar-median\"").doesNotContain("style=");
        String reference = cases.find(ending).orElseThrow().reference();
        assertThat(page.body()).contains("id=\"reflection-ending\"", reference, "Ends in 6 days");
        assertThat(page.body()).contains("id=\"pending-closures\"", cases.find(first).orElseThrow().reference(),
                "/cases/" + first + "/closure#closure-decide");
        assertThat(closures.pending(organisation.id())).extracting(request -> request.id()).containsExactly(pending);
    }

    @Test
    void drawsAnEmptyReportForAnOrganisationWithoutDecisions() {
        String page = fixtures.session(supervisor).get("/supervision").body();

        assertThat(page).contains("No closure is waiting for a decision.",
                "No recovery and reflection period ends in that time.")
                .containsPattern("<td class=\"numeric cases\">0</td>");
    }

    @Test
    void refusesTheReportToCaseworkers() {
        assertThat(fixtures.session(caseworker).get("/supervision").statusCode()).isEqualTo(403);
    }

    @Test
    void speaksSpanish() {
        decided(30, 20, 19, 4);

        String page = fixtures.session(supervisor).get("/supervision?lang=es").body();

        assertThat(page).contains("Supervisión", "De la derivación a la decisión sobre indicios razonables",
                "Mediana");
    }

    /** A case with both decisions, the days given counted back from today. */
    private long decided(int referred, int reasonable, int conclusiveReferred, int conclusive) {
        long caseId = fixtures.createCase(organisation, caseworker);
        long rg = decisions.refer(caseId, NrmKind.REASONABLE_GROUNDS, today.minusDays(referred), "Office",
                caseworker.username());
        decisions.decide(rg, NrmOutcome.POSITIVE, today.minusDays(reasonable), null, caseworker.username());
        long cg = decisions.refer(caseId, NrmKind.CONCLUSIVE_GROUNDS, today.minusDays(conclusiveReferred), "Office",
                caseworker.username());
        decisions.decide(cg, NrmOutcome.POSITIVE, today.minusDays(conclusive), null, caseworker.username());
        return caseId;
    }

    private static void assertRow(String page, String key, NrmReport.Waiting waiting) {
        Matcher row = Pattern.compile("<tr id=\"wait-" + key + "\">(.*?)</tr>", Pattern.DOTALL).matcher(page);
        assertThat(row.find()).as("row " + key).isTrue();
        NumberFormat days = NumberFormat.getNumberInstance(Locale.ENGLISH);
        days.setMaximumFractionDigits(1);
        assertThat(row.group(1)).contains("<td class=\"numeric cases\">" + waiting.cases() + "</td>",
                "<td class=\"numeric median\">" + days.format(waiting.medianDays()) + "</td>",
                "<td class=\"numeric max\">" + days.format(waiting.maxDays()) + "</td>");
    }
}
