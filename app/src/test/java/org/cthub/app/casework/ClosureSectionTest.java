package org.cthub.app.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.cthub.app.security.Role;
import org.cthub.app.web.HttpSession;
import org.cthub.app.web.WebTest;
import org.cthub.standard.htcds.CaseStatus;
import org.cthub.store.audit.AuditFilter;
import org.cthub.store.audit.AuditLog;
import org.cthub.store.casework.CaseFiles;
import org.cthub.store.casework.ClosureDecision;
import org.cthub.store.casework.ClosureReason;
import org.cthub.store.casework.ClosureRequest;
import org.cthub.store.casework.ClosureRequests;
import org.cthub.store.organisations.Organisation;
import org.cthub.store.users.UserAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@WebTest
class ClosureSectionTest {

    @LocalServerPort
    int port;

    @Autowired
    CaseFiles cases;

    @Autowired
    ClosureRequests closures;

    @Autowired
    AuditLog audit;

    @Autowired
    CaseworkFixtures fixtures;
    Organisation organisation;
    UserAccount caseworker;
    UserAccount supervisor;
    long caseId;

    @BeforeEach
    void openACase() {
        organisation = fixtures.organisation();
        caseworker = fixtures.account(organisation, Role.CASEWORKER);
        supervisor = fixtures.account(organisation, Role.SUPERVISOR);
        caseId = fixtures.createCase(organisation, caseworker);
    }

    @Test
    void closesTheCaseWhenASupervisorApprovesTheCaseworkersRequest() {
        HttpSession asker = fixtures.session(caseworker);
        String before = asker.get("/cases/" + caseId + "/closure").body();
        assertThat(before).contains("id=\"closure-request\"", "The person declined further support", "Closed Referred");

        HttpResponse<String> requested = asker.post("/cases/" + caseId + "/closure/requests", Map.of("reason",
                "SUPPORT_COMPLETED", "targetStatus", "CLOSED"));
        assertThat(requested.statusCode()).isEqualTo(302);
        assertThat(requested.headers().firstValue("Location").orElseThrow()).endsWith("/cases/" + caseId + "#closure");
        ClosureRequest request = closures.list(caseId).getFirst();
        assertThat(request.pending()).isTrue();
        assertThat(asker.get("/cases/" + caseId + "/closure").body()).contains("Closure requested",
                "Support completed").doesNotContain("id=\"closure-decide\"").doesNotContain("id=\"closure-request\"");

        HttpSession approver = fixtures.session(supervisor);
        assertThat(approver.get("/cases/" + caseId + "/closure").body()).contains("id=\"closure-decide\"");
        HttpResponse<String> approved = approver.post("/cases/" + caseId + "/closure/" + request.id() + "/approve",
                Map.of("note", "All services completed"));

        assertThat(approved.statusCode()).isEqualTo(302);
        assertThat(cases.find(caseId).orElseThrow().record().caseInfo().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(cases.find(caseId).orElseThrow().record().caseInfo().reasonForClosure()).isEqualTo(
                ClosureReason.SUPPORT_COMPLETED.englishLabel());
        assertThat(closures.list(caseId).getFirst().decision()).isEqualTo(ClosureDecision.APPROVED);
        assertThat(approver.get("/cases/" + caseId + "/closure").body()).contains("Closed on", "Approved",
                "All services completed").doesNotContain("id=\"closure-request\"");
    }

    @Test
    void refusesASupervisorTheDecisionOnTheirOwnRequest() {
        HttpSession session = fixtures.session(supervisor);
        session.get("/cases/" + caseId + "/closure");
        session.post("/cases/" + caseId + "/closure/requests", Map.of("reason", "LOST_CONTACT", "targetStatus",
                "CLOSED"));
        ClosureRequest request = closures.list(caseId).getFirst();
        String page = session.get("/cases/" + caseId + "/closure").body();
        assertThat(page).contains("id=\"closure-own\"").doesNotContain("id=\"closure-decide\"");

        HttpResponse<String> own = session.post("/cases/" + caseId + "/closure/" + request.id() + "/approve",
                Map.of());

        assertThat(own.statusCode()).isEqualTo(422);
        assertThat(own.body()).contains("href=\"#closure-pending\"", "You asked for this closure, so you cannot decide");
        assertThat(closures.list(caseId).getFirst().pending()).isTrue();
        assertThat(cases.find(caseId).orElseThrow().record().caseInfo().status()).isEqualTo(CaseStatus.ACTIVE);
        assertThat(audit.page(new AuditFilter(supervisor.username(), null, "CLOSURE_APPROVED", "CASE",
                Long.toString(caseId)), null, 5)).singleElement().satisfies(entry -> assertThat(
                entry.event().outcome()).isEqualTo(org.cthub.store.audit.AuditEvent.Outcome.DENIED));
    }

    @Test
    void refusesACaseworkerTheDecision() {
        long request = closures.request(caseId, ClosureReason.OTHER, CaseStatus.CLOSED, supervisor.username());
        HttpSession session = fixtures.session(caseworker);
        session.get("/cases/" + caseId + "/closure");

        HttpResponse<String> approve = session.post("/cases/" + caseId + "/closure/" + request + "/approve", Map.of());
        HttpResponse<String> reject = session.post("/cases/" + caseId + "/closure/" + request + "/reject",
                Map.of("note", "no"));

        assertThat(approve.statusCode()).isEqualTo(403);
        assertThat(reject.statusCode()).isEqualTo(403);
        assertThat(closures.list(caseId).getFirst().pending()).isTrue();
    }

    @Test
    void keepsTheCaseOpenWhenASupervisorRejectsWithAReason() {
        long request = closures.request(caseId, ClosureReason.DECLINED_FURTHER_SUPPORT, CaseStatus.CLOSED_REFERRED,
                caseworker.username());
        HttpSession session = fixtures.session(supervisor);
        session.get("/cases/" + caseId + "/closure");

        HttpResponse<String> withoutNote = session.post("/cases/" + caseId + "/closure/" + request + "/reject",
                Map.of());
        assertThat(withoutNote.statusCode()).isEqualTo(422);
        assertThat(withoutNote.body()).contains("href=\"#closure-note\"", "Write why you reject the closure");

        HttpResponse<String> rejected = session.post("/cases/" + caseId + "/closure/" + request + "/reject",
                Map.of("note", "Ask about the referral first"));
        assertThat(rejected.statusCode()).isEqualTo(302);
        assertThat(closures.list(caseId).getFirst().decision()).isEqualTo(ClosureDecision.REJECTED);
        assertThat(cases.find(caseId).orElseThrow().record().caseInfo().status()).isEqualTo(CaseStatus.ACTIVE);
        assertThat(session.get("/cases/" + caseId + "/closure").body()).contains("id=\"closure-request\"",
                "Rejected");
    }

    @Test
    void showsAReferredOrganisationTheStatusButNotTheNotesOrForms() {
        long request = closures.request(caseId, ClosureReason.OTHER, CaseStatus.CLOSED, caseworker.username());
        closures.reject(request, supervisor.username(), "Internal remark");
        Organisation partner = fixtures.organisation();
        fixtures.referAccepted(caseId, organisation, partner, caseworker);
        HttpSession referred = fixtures.session(fixtures.account(partner, Role.SUPERVISOR));

        HttpResponse<String> page = referred.get("/cases/" + caseId + "/closure");
        HttpResponse<String> ask = referred.post("/cases/" + caseId + "/closure/requests", Map.of("reason", "OTHER",
                "targetStatus", "CLOSED"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Rejected").doesNotContain("Internal remark")
                .doesNotContain("id=\"closure-request\"");
        assertThat(ask.statusCode()).isEqualTo(403);
    }
}
