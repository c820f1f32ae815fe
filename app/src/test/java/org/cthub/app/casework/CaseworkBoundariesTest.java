package org.cthub.app.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.cthub.app.security.Role;
import org.cthub.app.web.HttpSession;
import org.cthub.app.web.WebTest;
import org.cthub.standard.htcds.CaseStatus;
import org.cthub.store.audit.AuditEvent;
import org.cthub.store.audit.AuditFilter;
import org.cthub.store.audit.AuditLog;
import org.cthub.store.casework.CaseFiles;
import org.cthub.store.casework.ClosureReason;
import org.cthub.store.casework.ClosureRequests;
import org.cthub.store.casework.NrmDecisions;
import org.cthub.store.casework.NewScreening;
import org.cthub.store.casework.NrmKind;
import org.cthub.store.casework.ScreenedPerson;
import org.cthub.store.casework.ScreeningDecision;
import org.cthub.store.casework.Screenings;
import org.cthub.store.casework.ServiceDeliveries;
import org.cthub.store.casework.ServiceDetails;
import org.cthub.store.casework.ServiceOutcome;
import org.cthub.store.casework.ServiceType;
import org.cthub.store.organisations.Organisation;
import org.cthub.store.users.UserAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The organisation boundary, CSRF and the three languages, across every casework route. */
@WebTest
class CaseworkBoundariesTest {

    @LocalServerPort
    int port;

    @Autowired
    CaseFiles cases;

    @Autowired
    NrmDecisions decisions;

    @Autowired
    ServiceDeliveries services;

    @Autowired
    ClosureRequests closures;

    @Autowired
    Screenings screenings;

    @Autowired
    AuditLog audit;

    @Autowired
    CaseworkFixtures fixtures;
    Organisation organisation;
    UserAccount caseworker;
    long caseId;
    long decision;
    long service;
    long request;

    @BeforeEach
    void caseWithOneOfEverything() {
        organisation = fixtures.organisation();
        caseworker = fixtures.account(organisation, Role.CASEWORKER);
        caseId = fixtures.createCase(organisation, caseworker);
        decision = decisions.refer(caseId, NrmKind.REASONABLE_GROUNDS, fixtures.today(), "Office",
                caseworker.username());
        service = services.add(caseId, new ServiceDetails(ServiceType.MEDICAL, "Clinic", null, null,
                ServiceOutcome.PLANNED, null), caseworker.username());
        request = closures.request(caseId, ClosureReason.OTHER, CaseStatus.CLOSED, caseworker.username());
    }

    @Test
    void hidesEverySectionOfAnotherOrganisationsCase() {
        Organisation other = fixtures.organisation();
        UserAccount outsider = fixtures.account(other, Role.SUPERVISOR);
        HttpSession session = fixtures.session(outsider);

        for (String section : List.of("nrm", "services", "closure")) {
            HttpResponse<String> response = session.get("/cases/" + caseId + "/" + section);
            assertThat(response.statusCode()).as(section).isEqualTo(404);
            assertThat(response.body()).doesNotContain("Clinic").doesNotContain("Office");
        }
        for (Map.Entry<String, Map<String, String>> post : posts().entrySet()) {
            session.get("/");
            assertThat(session.post(post.getKey(), post.getValue()).statusCode()).as(post.getKey()).isEqualTo(404);
        }
        assertThat(decisions.list(caseId).getFirst().outcome().name()).isEqualTo("PENDING");
        assertThat(services.list(caseId)).hasSize(1);
        assertThat(closures.list(caseId).getFirst().pending()).isTrue();
        assertThat(audit.page(new AuditFilter(outsider.username(), null, "CASE_READ", "CASE",
                Long.toString(caseId)), null, 20)).allSatisfy(entry -> assertThat(entry.event().outcome())
                .isEqualTo(AuditEvent.Outcome.DENIED)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void refusesEveryPostWithoutItsCsrfToken() {
        HttpSession session = fixtures.session(fixtures.account(organisation, Role.SUPERVISOR));
        Map<String, Map<String, String>> all = posts();
        all.put("/screenings/new", Map.of("decision", "POSSIBLE", "screenedOn", fixtures.today().toString()));
        long screening = screenings.record(new NewScreening(organisation.id(), fixtures.today(), caseworker.username(),
                null, ScreeningDecision.POSSIBLE, caseworker.username(), new ScreenedPerson(null, null, null, null)),
                caseworker.username());
        all.put("/screenings/" + screening + "/case", Map.of());

        for (Map.Entry<String, Map<String, String>> post : all.entrySet()) {
            assertThat(session.postRaw(post.getKey(), post.getValue()).statusCode()).as(post.getKey())
                    .isEqualTo(403);
        }
        assertThat(decisions.list(caseId).getFirst().outcome().name()).isEqualTo("PENDING");
        assertThat(services.find(service).orElseThrow().version()).isEqualTo(1);
        assertThat(closures.list(caseId).getFirst().pending()).isTrue();
        assertThat(screenings.find(screening).orElseThrow().caseId()).isNull();
    }

    @Test
    void speaksSpanishAndFrench() {
        HttpSession session = fixtures.session(caseworker);

        String spanishForm = session.get("/screenings/new?lang=es").body();
        String spanishNrm = session.get("/cases/" + caseId + "/nrm").body();
        String spanishServices = session.get("/cases/" + caseId + "/services").body();
        String frenchForm = session.get("/screenings/new?lang=fr").body();
        String frenchNrm = session.get("/cases/" + caseId + "/nrm").body();
        String frenchClosure = session.get("/cases/" + caseId + "/closure").body();
        String english = session.get("/screenings/new?lang=en").body();

        assertThat(spanishForm).contains("lang=\"es\"", "Evaluar a una persona", "<legend>Captación</legend>",
                "Servidumbre por deudas", "Posible víctima de trata");
        assertThat(spanishNrm).contains("Mecanismo nacional de derivación", "Indicios razonables",
                "A la espera de la decisión");
        assertThat(spanishServices).contains("Servicios prestados", "Atención médica");
        assertThat(frenchForm).contains("lang=\"fr\"", "Repérer une personne", "<legend>Recrutement</legend>",
                "Servitude pour dettes", "Victime potentielle de traite");
        assertThat(frenchNrm).contains("Mécanisme national d’orientation", "Motifs raisonnables");
        assertThat(frenchClosure).contains("Clôture demandée", "Autre motif");
        assertThat(english).contains("Screen a person", "Debt bondage");
    }

    /** Every casework POST on the case, with a valid form. */
    private Map<String, Map<String, String>> posts() {
        String today = fixtures.today().toString();
        String base = "/cases/" + caseId;
        Map<String, Map<String, String>> posts = new java.util.LinkedHashMap<>();
        posts.put(base + "/nrm/referrals", Map.of("kind", "CONCLUSIVE_GROUNDS", "referredOn", today, "authority", "X"));
        posts.put(base + "/nrm/decisions/" + decision, Map.of("outcome", "NEGATIVE", "decidedOn", today));
        posts.put(base + "/services/deliveries", Map.of("type", "LEGAL", "outcome", "PLANNED"));
        posts.put(base + "/services/deliveries/" + service, Map.of("version", "1", "type", "LEGAL", "outcome",
                "PLANNED"));
        posts.put(base + "/services/plans", Map.of("caseVersion", "1", "type", "HEALTH"));
        posts.put(base + "/services/plans/0", Map.of("caseVersion", "1", "type", "HEALTH"));
        posts.put(base + "/closure/requests", Map.of("reason", "OTHER", "targetStatus", "CLOSED"));
        posts.put(base + "/closure/" + request + "/approve", Map.of());
        posts.put(base + "/closure/" + request + "/reject", Map.of("note", "x"));
        return posts;
    }
}
