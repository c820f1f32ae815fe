package org.cthub.app.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.cthub.app.security.Role;
import org.cthub.app.web.HttpSession;
import org.cthub.app.web.WebTest;
import org.cthub.store.casework.CaseFiles;
import org.cthub.store.casework.NrmDecision;
import org.cthub.store.casework.NrmDecisions;
import org.cthub.store.casework.NrmKind;
import org.cthub.store.casework.NrmOutcome;
import org.cthub.store.organisations.Organisation;
import org.cthub.store.users.UserAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@WebTest
class NrmSectionTest {

    @LocalServerPort
    int port;

    @Autowired
    CaseFiles cases;

    @Autowired
    NrmDecisions decisions;

    @Autowired
    CaseworkFixtures fixtures;
    Organisation organisation;
    UserAccount caseworker;
    HttpSession session;
    long caseId;
    LocalDate today;

    @BeforeEach
    void openACase() {
        organisation = fixtures.organisation();
        caseworker = fixtures.account(organisation, Role.CASEWORKER);
        session = fixtures.session(caseworker);
        caseId = fixtures.createCase(organisation, caseworker);
        today = fixtures.today();
    }

    @Test
    void refersTheCaseAndRedirectsBackToTheSection() {
        session.get("/cases/" + caseId + "/nrm");

        HttpResponse<String> referred = session.post("/cases/" + caseId + "/nrm/referrals", Map.of("kind",
                "REASONABLE_GROUNDS", "referredOn", today.minusDays(3).toString(), "authority", "National office"));

        assertThat(referred.statusCode()).isEqualTo(302);
        assertThat(referred.headers().firstValue("Location").orElseThrow()).endsWith("/cases/" + caseId + "#nrm");
        assertThat(decisions.list(caseId)).singleElement().satisfies(decision -> {
            assertThat(decision.kind()).isEqualTo(NrmKind.REASONABLE_GROUNDS);
            assertThat(decision.outcome()).isEqualTo(NrmOutcome.PENDING);
            assertThat(decision.authority()).isEqualTo("National office");
        });
        String page = session.get("/cases/" + caseId + "/nrm").body();
        assertThat(page).contains("Waiting for the decision", "id=\"decide-" + decisions.list(caseId).getFirst().id()
                + "\"", "National office");
    }

    @Test
    void refusesAReflectionPeriodOf29DaysWithTheConventionsRule() {
        long decision = decisions.refer(caseId, NrmKind.REASONABLE_GROUNDS, today.minusDays(10), "Office",
                caseworker.username());
        session.get("/cases/" + caseId + "/nrm");

        HttpResponse<String> refused = decide(decision, today, today.plusDays(29));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("There is a problem",
                "href=\"#decide-" + decision + "-reflectionEndsOn\"",
                "must end at least 30 days after the decision (Council of Europe Convention, Article 13)",
                "value=\"" + today.plusDays(29) + "\"");
        assertThat(decisions.list(caseId).getFirst().outcome()).isEqualTo(NrmOutcome.PENDING);

        session.get("/cases/" + caseId + "/nrm?lang=es");
        assertThat(decide(decision, today, today.plusDays(29)).body()).contains(
                "debe terminar al menos 30 días después de la decisión");
        session.get("/cases/" + caseId + "/nrm?lang=fr");
        assertThat(decide(decision, today, today.plusDays(29)).body()).contains(
                "doit se terminer au moins 30 jours après la décision");
    }

    @Test
    void acceptsAReflectionPeriodOf30Days() {
        long decision = decisions.refer(caseId, NrmKind.REASONABLE_GROUNDS, today.minusDays(10), "Office",
                caseworker.username());
        String page = session.get("/cases/" + caseId + "/nrm").body();
        assertThat(page).contains("value=\"" + today.plusDays(30) + "\"");

        HttpResponse<String> accepted = decide(decision, today.minusDays(1), today.plusDays(29));

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(302);
        NrmDecision decided = decisions.list(caseId).getFirst();
        assertThat(decided.outcome()).isEqualTo(NrmOutcome.POSITIVE);
        assertThat(decided.reflectionEndsOn()).isEqualTo(today.minusDays(1).plusDays(30));
    }

    @Test
    void flagsAReflectionPeriodThatEndsWithinAWeekOrHasEnded() {
        long ending = decisions.refer(caseId, NrmKind.REASONABLE_GROUNDS, today.minusDays(40), "Office",
                caseworker.username());
        decisions.decide(ending, NrmOutcome.POSITIVE, today.minusDays(25), today.plusDays(5), caseworker.username());
        long other = fixtures.createCase(organisation, caseworker);
        long ended = decisions.refer(other, NrmKind.REASONABLE_GROUNDS, today.minusDays(80), "Office",
                caseworker.username());
        decisions.decide(ended, NrmOutcome.POSITIVE, today.minusDays(60), today.minusDays(20), caseworker.username());
        long open = fixtures.createCase(organisation, caseworker);
        long far = decisions.refer(open, NrmKind.REASONABLE_GROUNDS, today.minusDays(3), "Office",
                caseworker.username());
        decisions.decide(far, NrmOutcome.POSITIVE, today.minusDays(1), null, caseworker.username());

        assertThat(session.get("/cases/" + caseId + "/nrm").body()).contains("reflection-ending", "Ends in 5 days");
        assertThat(session.get("/cases/" + other + "/nrm").body()).contains("reflection-ended", "Period ended");
        assertThat(session.get("/cases/" + open + "/nrm").body()).doesNotContain("reflection-ending")
                .doesNotContain("reflection-ended");
    }

    @Test
    void offersAConclusiveGroundsReferralOnlyAfterAPositiveReasonableGroundsDecision() {
        String before = session.get("/cases/" + caseId + "/nrm").body();
        long decision = decisions.refer(caseId, NrmKind.REASONABLE_GROUNDS, today.minusDays(10), "Office",
                caseworker.username());
        decisions.decide(decision, NrmOutcome.POSITIVE, today.minusDays(2), null, caseworker.username());
        String after = session.get("/cases/" + caseId + "/nrm").body();

        assertThat(before).contains("value=\"REASONABLE_GROUNDS\"").doesNotContain("value=\"CONCLUSIVE_GROUNDS\"");
        assertThat(after).contains("value=\"CONCLUSIVE_GROUNDS\"");
    }

    @Test
    void answersHtmxWithTheSectionAloneAndBrowsersWithAWholePage() {
        HttpSession htmx = session;
        htmx.get("/cases/" + caseId + "/nrm");

        HttpResponse<String> fragment = htmx.htmxGet("/cases/" + caseId + "/nrm");
        HttpResponse<String> whole = session.get("/cases/" + caseId + "/nrm");

        assertThat(fragment.body().strip()).startsWith("<section id=\"nrm\"").doesNotContain("<html");
        assertThat(whole.body()).contains("<html", "<section id=\"nrm\"", "href=\"/cases/" + caseId + "\"");
        assertThat(fragment.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).contains("HX-Request"));

        HttpResponse<String> referred = htmx.htmxPost("/cases/" + caseId + "/nrm/referrals", HttpSession.form()
                .add("kind", "REASONABLE_GROUNDS").add("referredOn", today.toString()).add("authority", "Office"));
        assertThat(referred.statusCode()).isEqualTo(200);
        assertThat(referred.body().strip()).startsWith("<section id=\"nrm\"");
        assertThat(referred.body()).contains("The referral is recorded.");
        HttpResponse<String> refused = htmx.htmxPost("/cases/" + caseId + "/nrm/referrals", HttpSession.form()
                .add("kind", "CONCLUSIVE_GROUNDS").add("referredOn", today.toString()).add("authority", "Office"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("error-summary", "needs a positive reasonable-grounds decision first");
    }

    @Test
    void showsAReferredOrganisationTheDecisionsButNoForms() {
        decisions.refer(caseId, NrmKind.REASONABLE_GROUNDS, today.minusDays(2), "Office", caseworker.username());
        Organisation partner = fixtures.organisation();
        fixtures.referAccepted(caseId, organisation, partner, caseworker);
        HttpSession referred = fixtures.session(fixtures.account(partner, Role.CASEWORKER));

        HttpResponse<String> page = referred.get("/cases/" + caseId + "/nrm");
        HttpResponse<String> refer = referred.post("/cases/" + caseId + "/nrm/referrals", Map.of("kind",
                "CONCLUSIVE_GROUNDS", "referredOn", today.toString(), "authority", "Office"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Reasonable grounds").doesNotContain("<form method=\"post\" class=\"section-form\"")
                .doesNotContain("nrm-refer");
        assertThat(refer.statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> decide(long decision, LocalDate on, LocalDate reflectionEnds) {
        return session.post("/cases/" + caseId + "/nrm/decisions/" + decision, Map.of("outcome", "POSITIVE",
                "decidedOn", on.toString(), "reflectionEndsOn", reflectionEnds.toString()));
    }
}
