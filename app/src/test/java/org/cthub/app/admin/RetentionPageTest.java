package org.cthub.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.cthub.app.generate.SyntheticCases;
import org.cthub.app.security.Role;
import org.cthub.app.web.HttpSession;
import org.cthub.app.web.WebFixtures;
import org.cthub.app.web.WebTest;
import org.cthub.standard.htcds.Case;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.CaseStatus;
import org.cthub.store.audit.AuditFilter;
import org.cthub.store.audit.AuditLog;
import org.cthub.store.casework.CaseFile;
import org.cthub.store.casework.CaseFiles;
import org.cthub.store.organisations.Organisation;
import org.cthub.store.retention.RetentionSettings;
import org.cthub.store.users.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@WebTest
class RetentionPageTest {

    @LocalServerPort
    int port;

    @Autowired
    WebFixtures fixtures;

    @Autowired
    CaseFiles cases;

    @Autowired
    RetentionSettings settings;

    @Autowired
    AuditLog audit;

    @Test
    void erasesTheIdentifiersOfClosedCasesPastTheOrganisationsPeriodAndKeepsOnlyTheFact() {
        Organisation organisation = fixtures.organisation("RET");
        UserAccount administrator = fixtures.account(organisation, Role.ADMINISTRATOR);
        long closed = create(organisation, 1, true);
        long open = create(organisation, 2, false);
        Organisation other = fixtures.organisation("OTR");
        settings.setRetentionDays(other.id(), 0, "test");
        long othersClosed = create(other, 3, true);
        HttpSession session = new HttpSession(port);
        session.logIn(administrator.username(), WebFixtures.PASSWORD);
        session.get("/admin/retention");

        session.post("/admin/retention", Map.of("days", "0"));
        session.get("/admin/retention");
        var ran = session.post("/admin/retention/run", Map.of());

        assertThat(ran.statusCode()).isEqualTo(302);
        assertThat(settings.retentionDays(organisation.id())).hasValue(0);
        CaseFile erased = cases.find(closed).orElseThrow();
        assertThat(erased.identifiersErasedAt()).isNotNull();
        assertThat(erased.record().person().firstName()).isNull();
        assertThat(erased.record().person().birthdate()).isNull();
        assertThat(cases.find(open).orElseThrow().record().person().firstName()).isNotNull();
        assertThat(cases.find(othersClosed).orElseThrow().identifiersErasedAt())
                .as("an administrator's run reaches only their own organisation").isNull();
        assertThat(audit.page(new AuditFilter(null, organisation.code(), "RETENTION_ERASE", null, null), null, 5))
                .extracting(entry -> entry.event().detail()).containsExactly("1 cases");
    }

    @Test
    void isAnAdministratorsPageOnly() {
        Organisation organisation = fixtures.organisation("RET");
        HttpSession supervisor = new HttpSession(port);
        supervisor.logIn(fixtures.account(organisation, Role.SUPERVISOR).username(), WebFixtures.PASSWORD);

        assertThat(supervisor.get("/admin/retention").statusCode()).isEqualTo(403);
    }

    private long create(Organisation organisation, long seed, boolean close) {
        CaseRecord generated = new SyntheticCases(1, 1, seed).next().record();
        Case info = generated.caseInfo();
        CaseRecord record = new CaseRecord(new Case(null, CaseStatus.ACTIVE, null, null, info.registrationDate(),
                null, null), generated.person(), generated.victim(), generated.perpetrators(), generated.events(),
                generated.referrals(), generated.comments(), generated.supportPlans(), generated.consent(),
                generated.perpetratorSummary());
        long id = cases.create(organisation.id(), record, null, "test");
        if (close) {
            CaseFile file = cases.find(id).orElseThrow();
            CaseRecord closedRecord = new CaseRecord(new Case(file.reference(), CaseStatus.CLOSED, "Assistance completed",
                    null, info.registrationDate(), null, null), record.person(), record.victim(), record.perpetrators(),
                    record.events(), record.referrals(), record.comments(), record.supportPlans(), record.consent(),
                    record.perpetratorSummary());
            cases.save(id, file.version(), closedRecord, "test");
        }
        return id;
    }
}
