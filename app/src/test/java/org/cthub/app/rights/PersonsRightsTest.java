package org.cthub.app.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.cthub.app.generate.SyntheticCases;
import org.cthub.app.security.Role;
import org.cthub.app.web.HttpSession;
import org.cthub.app.web.WebFixtures;
import org.cthub.app.web.WebTest;
import org.cthub.standard.htcds.Case;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.CaseStatus;
import org.cthub.standard.htcds.Person;
import org.cthub.store.audit.AuditFilter;
import org.cthub.store.audit.AuditLog;
import org.cthub.store.casework.CaseFiles;
import org.cthub.store.casework.NewScreening;
import org.cthub.store.casework.ScreenedPerson;
import org.cthub.store.casework.ScreeningDecision;
import org.cthub.store.casework.Screenings;
import org.cthub.store.casework.TraffickingIndicator;
import org.cthub.store.organisations.Organisation;
import org.cthub.store.retention.SubjectRequest;
import org.cthub.store.retention.SubjectRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@WebTest
class PersonsRightsTest {

    @LocalServerPort
    int port;

    @Autowired
    WebFixtures fixtures;

    @Autowired
    CaseFiles cases;

    @Autowired
    SubjectRequests requests;

    @Autowired
    AuditLog audit;

    @Autowired
    Screenings screenings;

    @Test
    void givesThePersonACopyOfTheirDataAndRecordsThatItWasHonoured() {
        Organisation organisation = fixtures.organisation("RIG");
        long caseId = create(organisation, "Zarina");
        HttpSession supervisor = loggedIn(organisation, Role.SUPERVISOR);
        supervisor.get("/cases/" + caseId + "/requests");

        supervisor.post("/cases/" + caseId + "/requests", Map.of("kind", "ACCESS", "receivedOn",
                LocalDate.now().toString()));
        SubjectRequest request = requests.forOrganisation(organisation.id()).getFirst();
        var copy = supervisor.get("/cases/" + caseId + "/requests/" + request.id() + "/copy");
        supervisor.post("/cases/" + caseId + "/requests/" + request.id() + "/complete", Map.of());

        assertThat(copy.statusCode()).isEqualTo(200);
        assertThat(copy.body()).contains("Zarina").contains("The data we hold about you");
        assertThat(copy.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(requests.find(request.id()).orElseThrow().isCompleted()).isTrue();
        assertThat(audit.page(new AuditFilter(null, organisation.code(), "SUBJECT_EXPORT", "CASE",
                Long.toString(caseId)), null, 5)).hasSize(1)
                .allSatisfy(entry -> assertThat(entry.event().detail()).doesNotContain("Zarina"));
    }

    @Test
    void erasesThePersonsIdentifiersOnAnErasureRequest() {
        Organisation organisation = fixtures.organisation("RIG");
        long caseId = create(organisation, "Yasmin");
        HttpSession dataManager = loggedIn(organisation, Role.DATA_MANAGER);
        dataManager.get("/cases/" + caseId + "/requests");
        dataManager.post("/cases/" + caseId + "/requests", Map.of("kind", "ERASURE", "receivedOn",
                LocalDate.now().toString()));
        SubjectRequest request = requests.forOrganisation(organisation.id()).getFirst();
        dataManager.get("/cases/" + caseId + "/requests");

        dataManager.post("/cases/" + caseId + "/requests/" + request.id() + "/erase", Map.of());

        var erased = cases.find(caseId).orElseThrow();
        assertThat(erased.identifiersErasedAt()).isNotNull();
        assertThat(erased.record().person().firstName()).isNull();
        assertThat(requests.find(request.id()).orElseThrow().isCompleted()).isTrue();
    }

    @Test
    void erasesThePersonFromTheScreeningThatOpenedTheCaseToo() {
        Organisation organisation = fixtures.organisation("RIG");
        var caseworker = fixtures.account(organisation, Role.CASEWORKER);
        long screeningId = screenings.record(new NewScreening(organisation.id(), LocalDate.now(), caseworker.username(),
                java.util.Set.of(TraffickingIndicator.DECEPTIVE_RECRUITMENT), ScreeningDecision.ACTUAL,
                caseworker.username(), new ScreenedPerson("Valentina", "Quiroga", LocalDate.of(1990, 2, 3),
                "met at the bus station")), caseworker.username());
        long caseId = screenings.openCase(screeningId, caseworker.username(), caseworker.username());
        HttpSession supervisor = loggedIn(organisation, Role.SUPERVISOR);
        supervisor.get("/cases/" + caseId + "/requests");
        supervisor.post("/cases/" + caseId + "/requests", Map.of("kind", "ERASURE", "receivedOn",
                LocalDate.now().toString()));
        SubjectRequest request = requests.forOrganisation(organisation.id()).getFirst();
        supervisor.get("/cases/" + caseId + "/requests");

        supervisor.post("/cases/" + caseId + "/requests/" + request.id() + "/erase", Map.of());

        ScreenedPerson left = screenings.find(screeningId).orElseThrow().person();
        assertThat(left.givenName()).isNull();
        assertThat(left.familyName()).isNull();
        assertThat(left.birthDate()).isNull();
        assertThat(left.notes()).isNull();
        assertThat(screenings.find(screeningId).orElseThrow().indicators())
                .containsExactly(TraffickingIndicator.DECEPTIVE_RECRUITMENT);
    }

    @Test
    void showsNoSectionToACaseworkerAndRefusesTheirRequests() {
        Organisation organisation = fixtures.organisation("RIG");
        long caseId = create(organisation, "Ximena");
        HttpSession caseworker = loggedIn(organisation, Role.CASEWORKER);

        assertThat(caseworker.get("/requests").statusCode()).isEqualTo(403);
        caseworker.get("/");
        assertThat(caseworker.post("/cases/" + caseId + "/requests", Map.of("kind", "ERASURE", "receivedOn",
                LocalDate.now().toString())).statusCode()).isEqualTo(403);
        assertThat(requests.forOrganisation(organisation.id())).isEmpty();
    }

    @Test
    void hidesAnotherOrganisationsCase() {
        Organisation mine = fixtures.organisation("RIG");
        long theirs = create(fixtures.organisation("OTH"), "Wanda");
        HttpSession supervisor = loggedIn(mine, Role.SUPERVISOR);

        assertThat(supervisor.get("/cases/" + theirs + "/requests").statusCode()).isEqualTo(404);
    }

    private HttpSession loggedIn(Organisation organisation, Role role) {
        HttpSession session = new HttpSession(port);
        session.logIn(fixtures.account(organisation, role).username(), WebFixtures.PASSWORD);
        return session;
    }

    private long create(Organisation organisation, String firstName) {
        CaseRecord generated = new SyntheticCases(1, 1, firstName.hashCode()).next().record();
        Person p = generated.person();
        Person person = new Person(p.salutation(), firstName, p.middleName(), p.secondName(), p.birthdate(),
                p.gender(), p.deceased(), p.maritalStatus(), p.numberOfChildren(), p.primaryLanguage(),
                p.secondaryLanguage(), p.highestLevelOfEducation(), p.citizenship(), p.identityNumber(), p.title(),
                p.email(), p.homePhone(), p.mobilePhone(), p.mailingAddress());
        CaseRecord record = new CaseRecord(new Case(null, CaseStatus.ACTIVE, null, null,
                generated.caseInfo().registrationDate(), null, null), person, generated.victim(),
                generated.perpetrators(), generated.events(), generated.referrals(), generated.comments(),
                generated.supportPlans(), generated.consent(), generated.perpetratorSummary());
        return cases.create(organisation.id(), record, null, "test");
    }
}
