package org.cthub.app.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.cthub.app.security.Role;
import org.cthub.app.web.HttpSession;
import org.cthub.app.web.HttpSession.Form;
import org.cthub.app.web.WebFixtures;
import org.cthub.app.web.WebTest;
import org.cthub.store.audit.AuditFilter;
import org.cthub.store.audit.AuditLog;
import org.cthub.store.casework.CaseFiles;
import org.cthub.store.referrals.CaseReferral;
import org.cthub.store.referrals.ReferralKind;
import org.cthub.store.referrals.ReferralState;
import org.cthub.store.referrals.Referrals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The case page's referrals section: what the owner sees and sends, and who may not. */
@WebTest
class CaseReferralsSectionTest {

    @LocalServerPort
    int port;

    @Autowired
    WebFixtures fixtures;

    @Autowired
    CaseFiles cases;

    @Autowired
    Referrals referrals;

    @Autowired
    AuditLog audit;

    @Test
    void answersHtmxWithTheSectionAloneAndBrowsersWithoutJavaScriptWithAWholePage() {
        ReferralWorld world = ReferralWorld.create(fixtures);
        long caseId = ConsentingCases.create(cases, world.a(), 101, true);
        HttpSession owner = HttpSession.loggedIn(port, world.workerA().username());

        HttpResponse<String> fragment = owner.htmxGet("/cases/" + caseId + "/referrals");
        HttpResponse<String> page = owner.get("/cases/" + caseId + "/referrals");

        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body()).startsWith("<section").contains("id=\"referral-form\"")
                .doesNotContain("<html", "<header");
        assertThat(fragment.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).contains("HX-Request"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html", "<main id=\"main\"", "id=\"referrals\"", "Refer or transfer this case");
        assertThat(audit.page(new AuditFilter(world.workerA().username(), null, "REFERRAL_READ", "CASE",
                Long.toString(caseId)), null, 5)).hasSize(2);
    }

    @Test
    void sendsAReferralWithoutJavaScriptAndShowsWhereItStands() {
        ReferralWorld world = ReferralWorld.create(fixtures);
        long caseId = ConsentingCases.create(cases, world.a(), 102, true);
        HttpSession owner = HttpSession.loggedIn(port, world.workerA().username());
        owner.get("/cases/" + caseId + "/referrals");

        HttpResponse<String> sent = owner.post("/cases/" + caseId + "/referrals", referral(world, "REFERRAL")
                .and("services", "Health").and("services", "Legal"));

        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/cases/" + caseId + "/referrals");
        CaseReferral referral = referrals.forCase(caseId).getFirst();
        assertThat(referral.kind()).isEqualTo(ReferralKind.REFERRAL);
        assertThat(referral.toOrganisationId()).isEqualTo(world.b().id());
        assertThat(referral.services()).hasSize(2);
        String page = owner.get("/cases/" + caseId + "/referrals").body();
        assertThat(page).contains("Referral sent to " + world.b().code(), "Waiting for an answer",
                "id=\"withdraw-" + referral.id() + "\"", "Health", "Legal", "by " + world.workerA().username());
        assertThat(audit.page(new AuditFilter(world.workerA().username(), null, "REFERRAL_SEND", "REFERRAL",
                Long.toString(referral.id())), null, 5)).singleElement()
                .satisfies(entry -> assertThat(entry.event().detail()).contains("case=" + caseId, "kind=REFERRAL"));
    }

    @Test
    void sendsWithHtmxAndAnswersWithTheSectionAndItsNotice() {
        ReferralWorld world = ReferralWorld.create(fixtures);
        long caseId = ConsentingCases.create(cases, world.a(), 103, true);
        HttpSession owner = HttpSession.loggedIn(port, world.workerA().username());
        owner.get("/cases/" + caseId + "/referrals");

        HttpResponse<String> sent = owner.htmxPost("/cases/" + caseId + "/referrals", referral(world, "TRANSFER"));

        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.body()).startsWith("<section").contains("Transfer sent to " + world.b().code(),
                "The case stays yours until they accept it");
        assertThat(referrals.forCase(caseId)).extracting(CaseReferral::kind).containsExactly(ReferralKind.TRANSFER);
    }

    @Test
    void refusesToSendWithoutTheConsentsAndSaysWhatToDo() {
        ReferralWorld world = ReferralWorld.create(fixtures);
        long caseId = ConsentingCases.create(cases, world.a(), 104, false);
        HttpSession owner = HttpSession.loggedIn(port, world.workerA().username());
        String before = owner.get("/cases/" + caseId + "/referrals").body();

        HttpResponse<String> refused = owner.post("/cases/" + caseId + "/referrals", referral(world, "REFERRAL"));

        assertThat(before).contains("id=\"referral-no-consent\"");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"referral-refusal\"",
                "The person has not consented both to assistance and to sharing their data");
        assertThat(referrals.forCase(caseId)).isEmpty();
        assertThat(audit.page(new AuditFilter(world.workerA().username(), null, "REFERRAL_SEND", null, null), null,
                5)).singleElement().satisfies(entry -> assertThat(entry.event().detail()).contains("refused=NO_CONSENT"));
    }

    @Test
    void refusesASecondReferralToTheSameOrganisationWhileTheFirstWaits() {
        ReferralWorld world = ReferralWorld.create(fixtures);
        long caseId = ConsentingCases.create(cases, world.a(), 105, true);
        HttpSession owner = HttpSession.loggedIn(port, world.workerA().username());
        owner.get("/cases/" + caseId + "/referrals");
        owner.post("/cases/" + caseId + "/referrals", referral(world, "REFERRAL"));
        owner.get("/cases/" + caseId + "/referrals");

        HttpResponse<String> again = owner.post("/cases/" + caseId + "/referrals", referral(world, "REFERRAL"));

        assertThat(again.body()).contains("is already waiting for its answer");
        assertThat(referrals.forCase(caseId)).hasSize(1);
    }

    @Test
    void listsEveryMissingAnswerInTheErrorSummaryAndKeepsWhatWasChosen() {
        ReferralWorld world = ReferralWorld.create(fixtures);
        long caseId = ConsentingCases.create(cases, world.a(), 106, true);
        HttpSession owner = HttpSession.loggedIn(port, world.workerA().username());
        owner.get("/cases/" + caseId + "/referrals");

        HttpResponse<String> incomplete = owner.post("/cases/" + caseId + "/referrals", Form.of("kind", "TRANSFER")
                .and("services", "Health").and("to", Long.toString(world.a().id())));

        assertThat(incomplete.body()).contains("id=\"referral-errors\"",
                "href=\"#to\">Choose the organisation to send the case to",
                "href=\"#reason-AdditionalServicesRequired\">Choose the reason");
        assertThat(incomplete.body()).containsPattern("id=\"kind-TRANSFER\"[^>]*checked")
                .containsPattern("id=\"services-Health\"[^>]*checked");
        assertThat(referrals.forCase(caseId)).isEmpty();
    }

    @Test
    void withdrawsWhatWaitsAndSaysSoWhenItChangedMeanwhile() {
        ReferralWorld world = ReferralWorld.create(fixtures);
        long caseId = ConsentingCases.create(cases, world.a(), 107, true);
        HttpSession owner = HttpSession.loggedIn(port, world.workerA().username());
        owner.get("/cases/" + caseId + "/referrals");
        owner.post("/cases/" + caseId + "/referrals", referral(world, "REFERRAL"));
        CaseReferral referral = referrals.forCase(caseId).getFirst();
        owner.get("/cases/" + caseId + "/referrals");

        HttpResponse<String> stale = owner.htmxPost("/cases/" + caseId + "/referrals/" + referral.id() + "/withdraw",
                Form.of("version", "7"));
        HttpResponse<String> withdrawn = owner.htmxPost("/cases/" + caseId + "/referrals/" + referral.id()
                + "/withdraw", Form.of("version", Integer.toString(referral.version())));

        assertThat(stale.body()).contains("Someone changed this referral after you opened the page");
        assertThat(withdrawn.body()).contains("Withdrawn: " + world.b().code() + " no longer sees it", "Withdrawn");
        assertThat(referrals.find(referral.id()).orElseThrow().state()).isEqualTo(ReferralState.WITHDRAWN);
    }

    @Test
    void showsNothingOfTheCaseToAnotherOrganisationAndRecordsTheAttempt() {
        ReferralWorld world = ReferralWorld.create(fixtures);
        long caseId = ConsentingCases.create(cases, world.a(), 108, true);
        HttpSession outsider = HttpSession.loggedIn(port, world.workerC().username());

        HttpResponse<String> section = outsider.htmxGet("/cases/" + caseId + "/referrals");
        HttpResponse<String> send = outsider.post("/cases/" + caseId + "/referrals", referral(world, "REFERRAL"));

        assertThat(section.statusCode()).isEqualTo(404);
        assertThat(send.statusCode()).isEqualTo(404);
        assertThat(referrals.forCase(caseId)).isEmpty();
        assertThat(audit.page(new AuditFilter(world.workerC().username(), null, "CASE_READ", "CASE",
                Long.toString(caseId)), null, 5)).isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.event().outcome().name()).isEqualTo("DENIED"));
    }

    @Test
    void refusesAFormWithoutItsCsrfToken() {
        ReferralWorld world = ReferralWorld.create(fixtures);
        long caseId = ConsentingCases.create(cases, world.a(), 109, true);
        HttpSession owner = HttpSession.loggedIn(port, world.workerA().username());

        HttpResponse<String> forged = owner.postRaw("/cases/" + caseId + "/referrals",
                referral(world, "REFERRAL"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(referrals.forCase(caseId)).isEmpty();
    }

    @Test
    void letsADataManagerReadButNotSend() {
        ReferralWorld world = ReferralWorld.create(fixtures);
        long caseId = ConsentingCases.create(cases, world.a(), 110, true);
        HttpSession manager = HttpSession.loggedIn(port, fixtures.account(world.a(), Role.DATA_MANAGER).username());

        HttpResponse<String> section = manager.get("/cases/" + caseId + "/referrals");
        HttpResponse<String> send = manager.post("/cases/" + caseId + "/referrals", referral(world, "REFERRAL"));

        assertThat(section.statusCode()).isEqualTo(200);
        assertThat(section.body()).doesNotContain("id=\"referral-form\"");
        assertThat(send.statusCode()).isEqualTo(403);
        assertThat(referrals.forCase(caseId)).isEmpty();
    }

    @Test
    void speaksSpanishAndFrenchWithTheStandardsLabels() {
        ReferralWorld world = ReferralWorld.create(fixtures);
        long caseId = ConsentingCases.create(cases, world.a(), 111, false);
        HttpSession owner = HttpSession.loggedIn(port, world.workerA().username());

        String spanish = owner.get("/cases/" + caseId + "/referrals?lang=es").body();
        String french = owner.get("/cases/" + caseId + "/referrals?lang=fr").body();
        owner.get("/cases/" + caseId + "/referrals");
        String refused = owner.post("/cases/" + caseId + "/referrals", referral(world, "REFERRAL")).body();

        assertThat(spanish).contains("lang=\"es\"", "Derivar o trasladar este caso", "Derivar el caso: solicitar servicios",
                "El caso sigue siendo suyo", "Se requieren servicios adicionales", "Atención social");
        assertThat(french).contains("lang=\"fr\"", "Orienter ou transférer ce dossier",
                "Transférer le dossier : le confier", "votre organisation ne peut plus l&#39;ouvrir");
        assertThat(refused).contains("Enregistrez les deux consentements sur la page du dossier");
    }

    private static Form referral(ReferralWorld world, String kind) {
        return Form.of("kind", kind).and("to", Long.toString(world.b().id()))
                .and("reason", "AdditionalServicesRequired");
    }
}
