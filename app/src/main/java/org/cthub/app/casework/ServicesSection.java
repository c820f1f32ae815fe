package org.cthub.app.casework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cthub.app.audit.AuditTrail;
import org.cthub.app.cases.VisibleCases;
import org.cthub.app.security.CurrentUser;
import org.cthub.app.security.Role;
import org.cthub.app.web.NotFoundException;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.SupportPlan;
import org.cthub.store.audit.AuditEvent;
import org.cthub.store.casework.CaseFile;
import org.cthub.store.casework.CaseFiles;
import org.cthub.store.casework.ServiceDeliveries;
import org.cthub.store.casework.ServiceDelivery;
import org.cthub.store.casework.ServiceDetails;
import org.cthub.store.users.UserAccount;
import org.cthub.store.users.Users;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The support plans and services delivered of a case. A referral exists so that the receiving organisation
 * provides services: both the owner and an organisation the case was referred to add services, and each
 * changes the services its own accounts added (the owner changes all). Support plans are part of the case
 * record and only the owner changes them.
 */
@Service
class ServicesSection {

    /**
     * What the section shows; forms carry a refused submission in place of the stored values, and the
     * disclosure of a refused form starts open.
     */
    record View(CaseHeading heading, int caseVersion, List<PlanRow> plans, List<ServiceRow> services,
                boolean canEditPlans, boolean canAddServices, PlanForm newPlan, boolean newPlanOpen,
                ServiceForm newService, boolean newServiceOpen) {
    }

    /** @param open whether its form was refused, so its disclosure starts open */
    record PlanRow(int index, SupportPlan plan, PlanForm form, boolean open) {
    }

    /**
     * @param plan the support plan it serves, or null
     * @param sensitive a safe accommodation: its provider says where the person lives, so it is disclosed only
     *     on request
     */
    record ServiceRow(ServiceDelivery service, SupportPlan plan, boolean editable, boolean sensitive,
                      ServiceForm form, boolean open) {
    }

    private final VisibleCases cases;
    private final CaseFiles files;
    private final ServiceDeliveries services;
    private final Users users;
    private final AuditTrail audit;

    ServicesSection(VisibleCases cases, CaseFiles files, ServiceDeliveries services, Users users, AuditTrail audit) {
        this.cases = cases;
        this.files = files;
        this.services = services;
        this.users = users;
        this.audit = audit;
    }

    @PreAuthorize("hasAuthority('" + Role.Authority.CASE_READ + "')")
    View view(long caseId, PlanForm refusedPlan, ServiceForm refusedService) {
        VisibleCases.Visible visible = cases.require(caseId);
        CaseFile file = visible.file();
        List<SupportPlan> plans = file.record().supportPlans();
        List<ServiceDelivery> delivered = services.list(caseId);
        audit.record("SERVICES_READ", "CASE", caseId, AuditEvent.Outcome.SUCCESS, "plans=" + plans.size()
                + " services=" + delivered.size());
        boolean write = CaseHeading.may(Role.Authority.CASE_WRITE);
        List<PlanRow> planRows = new ArrayList<>();
        for (int index = 0; index < plans.size(); index++) {
            boolean refused = refusedPlan != null && refusedPlan.index() != null && refusedPlan.index() == index;
            planRows.add(new PlanRow(index, plans.get(index), refused ? refusedPlan
                    : PlanForm.of(index, file.version(), plans.get(index)), refused));
        }
        Map<String, Long> organisationOf = new HashMap<>();
        List<ServiceRow> serviceRows = delivered.stream().map(service -> {
            boolean refused = refusedService != null && refusedService.id() != null
                    && refusedService.id() == service.id();
            Integer planIndex = service.details().supportPlanIndex();
            return new ServiceRow(service, planIndex == null || planIndex >= plans.size() ? null : plans.get(planIndex),
                    write && mayChange(visible, service, organisationOf), service.details().type()
                    == org.cthub.store.casework.ServiceType.SAFE_ACCOMMODATION,
                    refused ? refusedService : ServiceForm.of(service), refused);
        }).toList();
        boolean newPlanRefused = refusedPlan != null && refusedPlan.index() == null;
        boolean newServiceRefused = refusedService != null && refusedService.id() == null;
        return new View(CaseHeading.of(visible), file.version(), planRows, serviceRows, write && visible.owned(),
                write, newPlanRefused ? refusedPlan : PlanForm.empty(file.version()), newPlanRefused,
                newServiceRefused ? refusedService : ServiceForm.empty(), newServiceRefused);
    }

    /** Checks that the account may add services to the case: the owner or a referred organisation. */
    @PreAuthorize("hasAuthority('" + Role.Authority.CASE_WRITE + "')")
    int requireServices(long caseId) {
        return cases.require(caseId).file().record().supportPlans().size();
    }

    /** Checks that the account may change the case's support plans: the owner only. */
    @PreAuthorize("hasAuthority('" + Role.Authority.CASE_WRITE + "')")
    void requirePlans(long caseId) {
        cases.requireOwned(caseId);
    }

    /** Adds a service; the store records {@code SERVICE_ADD}. */
    @PreAuthorize("hasAuthority('" + Role.Authority.CASE_WRITE + "')")
    long add(long caseId, ServiceDetails details) {
        cases.require(caseId);
        return services.add(caseId, details, CurrentUser.get().username());
    }

    /**
     * Changes a service at the version the caseworker saw; the store records {@code SERVICE_UPDATE}.
     *
     * @throws org.cthub.store.casework.ServiceDeliveryChangedException when someone changed it in between
     */
    @PreAuthorize("hasAuthority('" + Role.Authority.CASE_WRITE + "')")
    int update(long caseId, long serviceId, int version, ServiceDetails details) {
        VisibleCases.Visible visible = cases.require(caseId);
        ServiceDelivery service = services.find(serviceId).filter(found -> found.caseId() == caseId)
                .orElseThrow(() -> new NotFoundException("Service"));
        if (!mayChange(visible, service, new HashMap<>())) {
            audit.record("SERVICE_UPDATE", "CASE", caseId, AuditEvent.Outcome.DENIED, "service=" + serviceId);
            throw new AccessDeniedException("Another organisation's service");
        }
        return services.update(serviceId, version, details, CurrentUser.get().username());
    }

    /**
     * Adds a support plan ({@code index} null) or replaces the one at {@code index}, as a new version of the
     * case; the store records {@code CASE_UPDATE}.
     *
     * @throws org.cthub.store.casework.CaseChangedException when the case is no longer at {@code caseVersion}
     */
    @PreAuthorize("hasAuthority('" + Role.Authority.CASE_WRITE + "')")
    int savePlan(long caseId, Integer index, int caseVersion, SupportPlan plan) {
        CaseRecord record = cases.requireOwned(caseId).record();
        List<SupportPlan> plans = new ArrayList<>(record.supportPlans());
        if (index == null) {
            plans.add(plan);
        } else if (index >= 0 && index < plans.size()) {
            plans.set(index, plan);
        } else {
            throw new NotFoundException("Support plan");
        }
        CaseRecord changed = new CaseRecord(record.caseInfo(), record.person(), record.victim(), record.perpetrators(),
                record.events(), record.referrals(), record.comments(), plans, record.consent(),
                record.perpetratorSummary());
        return files.save(caseId, caseVersion, changed, CurrentUser.get().username());
    }

    /** The owner changes every service; a referred organisation those its own accounts added. */
    private boolean mayChange(VisibleCases.Visible visible, ServiceDelivery service, Map<String, Long> organisationOf) {
        if (visible.owned()) {
            return true;
        }
        Long creator = organisationOf.computeIfAbsent(service.createdBy(), username -> users.findByUsername(username)
                .map(UserAccount::organisationId).orElse(-1L));
        return creator == CurrentUser.get().organisationId();
    }
}
