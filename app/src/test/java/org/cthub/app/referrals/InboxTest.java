package org.cthub.app.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;
import org.cthub.app.security.Role;
import org.cthub.app.web.HttpSession;
import org.cthub.app.web.HttpSession.Form;
import org.cthub.app.web.WebFixtures;
import org.cthub.app.web.WebTest;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.ReferralReason;
import org.cthub.standard.htcds.SupportPlanType;
import org.cthub.store.audit.AuditFilter;
import org.cthub.store.audit.AuditLog;
import org.cthub.store.casework.CaseFiles;
import org.cthub.store.referrals.ReferralKind;
import org.cthub.store.referrals.ReferralState;
import org.cthub.store.referrals.Referrals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The receiving organisation's inbox: reading without names, answering, following up, and its boundaries. */
@WebTest
class InboxTest {

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
    void showsWhatWaitsWithoutThePersonsNameAndOpensTheCaseOnlyOnceAccepted() {
        ReferralWorld world = ReferralWorld.create(fixtures);
        CaseRecord record = ConsentingCases.record(201, true);
        long caseId = cases.create(world.a().id(), record, null, "test");
        long id = send(world, caseId, ReferralKind.REFERRAL);
        HttpSession receiver = HttpSession.loggedIn(port, world.workerB().username());

        String inbox = receiver.get("/inbox").body();
        assertThat(inbox).contains("id=\"waiting-" + id + "\"", "Referral from " + world.a().code(),
                "Additional Services Required", "Health", cases.find(caseId).orElseThrow().reference());
        assertThat(inbox).doesNotContain(record.person().firstName() + " " + record.person().secondName())
                .doesNotContainPattern("\\b" + record.person().secondName() + "\\b");
        assertThat(cases.find(caseId, world.b().id())).isEmpty();
        assertThat(receiver.get("/cases/" + caseId + "/referrals").statusCode()).isEqualTo(404);

        HttpResponse<String> accepted = receiver.post("/referrals/" + id + "/accept", Form.of("version", "1"));

        assertThat(accepted.statusCode()).isEqualTo(302);
        String after = receiver.get("/inbox").body();
        assertThat(after).contains("You accepted the referral from " + world.a().code(),
                "href=\"/cases/" + caseId + "\"", "id=\"under-way-" + id + "\"");
        assertThat(cases.find(caseId, world.b().id())).isPresent();
        assertThat(receiver.get("/cases/" + caseId + "/referrals").statusCode()).isEqualTo(200);
        assertThat(audit.page(new AuditFilter(world.workerB().username(), null, "REFERRAL_ACCEPT", "REFERRAL",
                Long.toString(id)), null, 5)).singleElement()
                .satisfies(entry -> assertThat(entry.event().detail()).contains("case=" + caseId, "state=ACCEPTED"));
        assertThat(audit.page(new AuditFilter(world.workerB().username(), null, "REFERRAL_READ", "REFERRAL",
                Long.toString(id)), null, 5)).isNotEmpty();
    }

    @Test
    void showsTheSenderEachStepOfTheFollowUp() {
        ReferralWorld world = ReferralWorld.create(fixtures);
        long caseId = ConsentingCases.create(cases, world.a(), 202, true);
        long id = send(world, caseId, ReferralKind.REFERRAL);
        HttpSession receiver = HttpSession.loggedIn(port, world.workerB().username());
        HttpSession sender = HttpSession.loggedIn(port, world.workerA().username());
        receiver.get("/inbox");
        receiver.post("/referrals/" + id + "/accept", Form.of("version", "1"));
        assertThat(sender.get("/cases/" + caseId + "/referrals").body()).contains("state-ACCEPTED");

        receiver.get("/inbox");
        receiver.post("/referrals/" + id + "/services-started", Form.of("version", "2"));
        assertThat(sender.get("/cases/" + caseId + "/referrals").body()).contains("state-SERVICES_STARTED",
                "Services started", "by " + world.workerB().username());

        receiver.get("/inbox");
        receiver.post("/referrals/" + id + "/close", Form.of("version", "3"));
        assertThat(sender.get("/cases/" + caseId + "/referrals").body()).contains("state-CLOSED");
        assertThat(cases.find(caseId, world.b().id())).isEmpty();
        assertThat(receiver.get("/inbox").body()).contains("Referral of case").doesNotContain("id=\"under-way-" + id);
    }

    @Test
    void declineNeedsANoteAndTheSenderReadsIt() {
        ReferralWorld world = ReferralWorld.create(fixtures);
        long caseId = ConsentingCases.create(cases, world.a(), 203, true);
        long id = send(world, caseId, ReferralKind.REFERRAL);
        HttpSession receiver = HttpSession.loggedIn(port, world.workerB().username());
        receiver.get("/inbox");

        HttpResponse<String> withoutNote = receiver.post("/referrals/" + id + "/decline", Form.of("version", "1")
                .and("note", "  "));
        assertThat(withoutNote.statusCode()).isEqualTo(200);
        assertThat(withoutNote.body()).contains("Write why you decline", "id=\"note-" + id + "-error\"");
        assertThat(referrals.find(id).orElseThrow().state()).isEqualTo(ReferralState.SENT);

        receiver.post("/referrals/" + id + "/decline", Form.of("version", "1")
                .and("note", "No shelter places this month"));

        assertThat(referrals.find(id).orElseThrow().state()).isEqualTo(ReferralState.DECLINED);
        String senderView = HttpSession.loggedIn(port, world.workerA().username()).get("/cases/" + caseId + "/referrals").body();
        assertThat(senderView).contains("state-DECLINED", "Their reason:", "No shelter places this month");
        assertThat(audit.page(new AuditFilter(world.workerB().username(), null, "REFERRAL_DECLINE", null, null),
                null, 5)).singleElement()
                .satisfies(entry -> assertThat(entry.event().detail()).doesNotContain("shelter"));
    }

    @Test
    void saysSoWhenSomeoneElseAnsweredFirst() {
        ReferralWorld world = ReferralWorld.create(fixtures);
        long caseId = ConsentingCases.create(cases, world.a(), 204, true);
        long id = send(world, caseId, ReferralKind.REFERRAL);
        HttpSession first = HttpSession.loggedIn(port, world.workerB().username());
        HttpSession second = HttpSession.loggedIn(port, fixtures.account(world.b(), Role.CASEWORKER).username());
        first.get("/inbox");
        second.get("/inbox");

        first.post("/referrals/" + id + "/accept", Form.of("version", "1"));
        second.post("/referrals/" + id + "/decline", Form.of("version", "1").and("note", "Full"));

        assertThat(second.get("/inbox").body()).contains("Someone changed this referral after you opened the page");
        assertThat(referrals.find(id).orElseThrow().state()).isEqualTo(ReferralState.ACCEPTED);
    }

    @Test
    void aCaseworkerCannotAnswerAnotherOrganisationsReferral() {
        ReferralWorld world = ReferralWorld.create(fixtures);
        long caseId = ConsentingCases.create(cases, world.a(), 205, true);
        long id = send(world, caseId, ReferralKind.REFERRAL);
        HttpSession outsider = HttpSession.loggedIn(port, world.workerC().username());
        HttpSession sender = HttpSession.loggedIn(port, world.workerA().username());

        assertThat(outsider.get("/inbox").body()).doesNotContain("id=\"waiting-" + id + "\"");
        assertThat(outsider.post("/referrals/" + id + "/accept", Form.of("version", "1")).statusCode()).isEqualTo(404);
        assertThat(sender.post("/referrals/" + id + "/accept", Form.of("version", "1")).statusCode()).isEqualTo(404);
        assertThat(outsider.post("/referrals/" + id + "/decline", Form.of("version", "1").and("note", "x"))
                .statusCode()).isEqualTo(404);
        assertThat(outsider.post("/cases/" + caseId + "/referrals/" + id + "/withdraw", Form.of("version", "1"))
                .statusCode()).isEqualTo(404);
        assertThat(outsider.post("/referrals/999999999/accept", Form.of("version", "1")).statusCode()).isEqualTo(404);
        assertThat(referrals.find(id).orElseThrow().state()).isEqualTo(ReferralState.SENT);
        assertThat(cases.find(caseId, world.c().id())).isEmpty();
        assertThat(audit.page(new AuditFilter(world.workerC().username(), null, "REFERRAL_ACCEPT", null, null),
                null, 5)).extracting(entry -> entry.event().outcome().name()).containsOnly("DENIED");
    }

    @Test
    void theOrganisationOutsideSeesNothingAnywhere() {
        ReferralWorld world = ReferralWorld.create(fixtures);
        long caseId = ConsentingCases.create(cases, world.a(), 206, true);
        long id = send(world, caseId, ReferralKind.REFERRAL);
        referrals.accept(id, 1, world.b().id(), "test");
        HttpSession outsider = HttpSession.loggedIn(port, world.workerC().username());
        String reference = cases.find(caseId).orElseThrow().reference();

        assertThat(outsider.get("/inbox").body()).doesNotContain(reference);
        assertThat(outsider.get("/referrals").body()).doesNotContain(reference);
        assertThat(outsider.get("/cases/" + caseId + "/referrals").statusCode()).isEqualTo(404);
    }

    @Test
    void readersWithoutTheAuthorityToAnswerSeeNoButtonsAndCannotPost() {
        ReferralWorld world = ReferralWorld.create(fixtures);
        long caseId = ConsentingCases.create(cases, world.a(), 207, true);
        long id = send(world, caseId, ReferralKind.REFERRAL);
        HttpSession manager = HttpSession.loggedIn(port, fixtures.account(world.b(), Role.DATA_MANAGER).username());
        HttpSession analyst = HttpSession.loggedIn(port, fixtures.account(world.b(), Role.ANALYST).username());

        String inbox = manager.get("/inbox").body();
        HttpResponse<String> accept = manager.post("/referrals/" + id + "/accept", Form.of("version", "1"));

        assertThat(inbox).contains("id=\"waiting-" + id + "\"").doesNotContain("id=\"accept-" + id + "\"");
        assertThat(accept.statusCode()).isEqualTo(403);
        assertThat(analyst.get("/inbox").statusCode()).isEqualTo(403);
        assertThat(analyst.get("/referrals").statusCode()).isEqualTo(403);
        assertThat(referrals.find(id).orElseThrow().state()).isEqualTo(ReferralState.SENT);
    }

    @Test
    void linksSupervisorsToTheirApprovals() {
        ReferralWorld world = ReferralWorld.create(fixtures);
        HttpSession supervisor = HttpSession.loggedIn(port, fixtures.account(world.b(), Role.SUPERVISOR).username());
        HttpSession caseworker = HttpSession.loggedIn(port, world.workerB().username());

        assertThat(supervisor.get("/inbox").body()).contains("id=\"supervision-link\"", "href=\"/supervision\"");
        assertThat(caseworker.get("/inbox").body()).doesNotContain("id=\"supervision-link\"")
                .contains("Nothing is waiting for your answer.");
    }

    @Test
    void speaksSpanishAndFrench() {
        ReferralWorld world = ReferralWorld.create(fixtures);
        long caseId = ConsentingCases.create(cases, world.a(), 208, true);
        long id = send(world, caseId, ReferralKind.TRANSFER);
        HttpSession receiver = HttpSession.loggedIn(port, world.workerB().username());

        String spanish = receiver.get("/inbox?lang=es").body();
        String french = receiver.get("/inbox?lang=fr").body();

        assertThat(spanish).contains("Bandeja de entrada", "Traslado de " + world.a().code(),
                "Se requieren servicios adicionales", "Salud", "id=\"accept-" + id + "\"");
        assertThat(french).contains("Boîte de réception", "Transfert de " + world.a().code(),
                "Services supplémentaires nécessaires", "Santé", "Refuser");
    }

    private long send(ReferralWorld world, long caseId, ReferralKind kind) {
        return referrals.send(caseId, world.a().id(), kind, world.b().id(), ReferralReason.ADDITIONAL_SERVICES_REQUIRED,
                Set.of(SupportPlanType.HEALTH), world.workerA().username());
    }
}
