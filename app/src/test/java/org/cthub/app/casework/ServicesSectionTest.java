package org.cthub.app.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.cthub.app.security.Role;
import org.cthub.app.web.HttpSession;
import org.cthub.app.web.WebTest;
import org.cthub.standard.htcds.SupportPlanType;
import org.cthub.store.casework.CaseFiles;
import org.cthub.store.casework.ServiceDeliveries;
import org.cthub.store.casework.ServiceDelivery;
import org.cthub.store.casework.ServiceDetails;
import org.cthub.store.casework.ServiceOutcome;
import org.cthub.store.casework.ServiceType;
import org.cthub.store.organisations.Organisation;
import org.cthub.store.users.UserAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The support plans and services section. A referred organisation adds services and changes its own, but is
 * refused (403) the support plans and the owner's services: 403 rather than 404 because it sees the case and
 * its plans on the same page, so a 404 would hide nothing and only confuse.
 */
@WebTest
class ServicesSectionTest {

    @LocalServerPort
    int port;

    @Autowired
    CaseFiles cases;

    @Autowired
    ServiceDeliveries services;

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
        session.get("/cases/" + caseId + "/services");
    }

    @Test
    void addsAServiceAndUpdatesItAtItsVersion() {
        HttpResponse<String> added = session.post("/cases/" + caseId + "/services/deliveries", service("MEDICAL",
                "City clinic", "PLANNED"));
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(added.headers().firstValue("Location").orElseThrow()).endsWith("/cases/" + caseId + "#services");
        ServiceDelivery service = services.list(caseId).getFirst();
        assertThat(service.details().type()).isEqualTo(ServiceType.MEDICAL);

        Map<String, String> update = service("MEDICAL", "City clinic", "COMPLETED");
        update.put("version", Integer.toString(service.version()));
        update.put("endedOn", today.toString());
        session.get("/cases/" + caseId + "/services");
        HttpResponse<String> updated = session.post("/cases/" + caseId + "/services/deliveries/" + service.id(), update);

        assertThat(updated.statusCode()).isEqualTo(302);
        assertThat(services.find(service.id()).orElseThrow().details().outcome()).isEqualTo(ServiceOutcome.COMPLETED);
        assertThat(session.get("/cases/" + caseId + "/services").body()).contains("Completed", "City clinic");
    }

    @Test
    void reportsAConflictAndKeepsWhatTheCaseworkerTyped() {
        long id = services.add(caseId, new ServiceDetails(ServiceType.LEGAL, "Legal aid office", today, null,
                ServiceOutcome.ONGOING, null), caseworker.username());
        int seen = services.find(id).orElseThrow().version();
        UserAccount colleague = fixtures.account(organisation, Role.CASEWORKER);
        services.update(id, seen, new ServiceDetails(ServiceType.LEGAL, "Legal aid office", today, today,
                ServiceOutcome.COMPLETED, null), colleague.username());

        Map<String, String> mine = service("LEGAL", "Bar association clinic", "DECLINED_BY_PERSON");
        mine.put("version", Integer.toString(seen));
        session.get("/cases/" + caseId + "/services");
        HttpResponse<String> conflict = session.post("/cases/" + caseId + "/services/deliveries/" + id, mine);

        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("Someone else (" + colleague.username() + ") changed this service",
                "value=\"Bar association clinic\"", "href=\"#service-" + id + "-type\"")
                .containsPattern("<details open[^>]*>\\s*<summary>Change this service</summary>")
                .containsPattern("name=\"version\" value=\"" + (seen + 1) + "\"");
        assertThat(services.find(id).orElseThrow().details().provider()).isEqualTo("Legal aid office");
    }

    @Test
    void showsASheltersNameOnlyBehindADisclosure() {
        services.add(caseId, new ServiceDetails(ServiceType.SAFE_ACCOMMODATION, "Casa Refugio Norte", today, null,
                ServiceOutcome.ONGOING, null), caseworker.username());
        services.add(caseId, new ServiceDetails(ServiceType.MEDICAL, "Health centre", today, null,
                ServiceOutcome.ONGOING, null), caseworker.username());

        String page = session.get("/cases/" + caseId + "/services").body();

        assertThat(page).contains("<details class=\"sensitive\">", "Show the accommodation provider");
        int at = page.indexOf("Casa Refugio Norte");
        assertThat(at).isPositive();
        while (at >= 0) {
            String before = page.substring(0, at);
            int opened = count(before, "<details");
            int closed = count(before, "</details>");
            assertThat(opened).as("the shelter's name at %d is inside a disclosure", at).isGreaterThan(closed);
            at = page.indexOf("Casa Refugio Norte", at + 1);
        }
        assertThat(page).containsPattern("<dd class=\"provider\">Health centre</dd>");
    }

    @Test
    void addsAndChangesSupportPlansAndRefusesAStaleVersionWith409() {
        int version = cases.find(caseId).orElseThrow().version();
        HttpResponse<String> added = session.post("/cases/" + caseId + "/services/plans", plan(version, "HEALTH",
                "Recover from injuries"));
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(cases.find(caseId).orElseThrow().record().supportPlans()).singleElement()
                .satisfies(plan -> assertThat(plan.type()).isEqualTo(SupportPlanType.HEALTH));

        session.get("/cases/" + caseId + "/services");
        HttpResponse<String> stale = session.post("/cases/" + caseId + "/services/plans/0", plan(version, "LEGAL",
                "Stale change"));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("saved this case after you opened it", "Stale change");
        assertThat(cases.find(caseId).orElseThrow().record().supportPlans().getFirst().objectives())
                .isEqualTo("Recover from injuries");

        int current = cases.find(caseId).orElseThrow().version();
        session.get("/cases/" + caseId + "/services");
        HttpResponse<String> changed = session.post("/cases/" + caseId + "/services/plans/0", plan(current, "LEGAL",
                "Residence permit"));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(cases.find(caseId).orElseThrow().record().supportPlans().getFirst().type())
                .isEqualTo(SupportPlanType.LEGAL);
        assertThat(session.get("/cases/" + caseId + "/services").body()).contains("Plan 1: Legal", "Residence permit");
    }

    @Test
    void letsAReferredOrganisationAddServicesButNotChangeSupportPlansOrTheOwnersServices() {
        long owners = services.add(caseId, new ServiceDetails(ServiceType.MEDICAL, "Clinic", today, null,
                ServiceOutcome.ONGOING, null), caseworker.username());
        Organisation partner = fixtures.organisation();
        fixtures.referAccepted(caseId, organisation, partner, caseworker);
        UserAccount partnerWorker = fixtures.account(partner, Role.CASEWORKER);
        HttpSession referred = fixtures.session(partnerWorker);
        String page = referred.get("/cases/" + caseId + "/services").body();
        assertThat(page).contains("id=\"service-add\"").doesNotContain("id=\"plan-add\"");

        HttpResponse<String> added = referred.post("/cases/" + caseId + "/services/deliveries",
                service("RETURN_TRAVEL", "IOM", "PLANNED"));
        int version = cases.find(caseId).orElseThrow().version();
        HttpResponse<String> plan = referred.post("/cases/" + caseId + "/services/plans", plan(version, "HEALTH", "x"));
        Map<String, String> change = service("MEDICAL", "Another clinic", "COMPLETED");
        change.put("version", "1");
        HttpResponse<String> othersService = referred.post("/cases/" + caseId + "/services/deliveries/" + owners,
                change);

        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(plan.statusCode()).isEqualTo(403);
        assertThat(othersService.statusCode()).isEqualTo(403);
        ServiceDelivery theirs = services.list(caseId).stream().filter(s -> s.details().type()
                == ServiceType.RETURN_TRAVEL).findFirst().orElseThrow();
        assertThat(theirs.createdBy()).isEqualTo(partnerWorker.username());
        Map<String, String> own = service("RETURN_TRAVEL", "IOM", "ONGOING");
        own.put("version", Integer.toString(theirs.version()));
        assertThat(referred.post("/cases/" + caseId + "/services/deliveries/" + theirs.id(), own).statusCode())
                .isEqualTo(302);
        assertThat(cases.find(caseId).orElseThrow().record().supportPlans()).isEmpty();
        assertThat(services.find(owners).orElseThrow().details().provider()).isEqualTo("Clinic");
    }

    @Test
    void refusesAServiceThatEndsBeforeItStarts() {
        Map<String, String> form = service("EDUCATION", "School", "ONGOING");
        form.put("startedOn", today.toString());
        form.put("endedOn", today.minusDays(1).toString());

        HttpResponse<String> refused = session.post("/cases/" + caseId + "/services/deliveries", form);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("href=\"#service-new-endedOn\"", "The end date cannot be before the start date");
        assertThat(services.list(caseId)).isEmpty();
    }

    private static Map<String, String> service(String type, String provider, String outcome) {
        Map<String, String> form = new HashMap<>();
        form.put("type", type);
        form.put("provider", provider);
        form.put("outcome", outcome);
        return form;
    }

    private static Map<String, String> plan(int caseVersion, String type, String objectives) {
        return Map.of("caseVersion", Integer.toString(caseVersion), "type", type, "objectives", objectives);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
