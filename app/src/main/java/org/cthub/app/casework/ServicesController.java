package org.cthub.app.casework;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.cthub.standard.htcds.SupportPlan;
import org.cthub.store.casework.CaseChangedException;
import org.cthub.store.casework.ServiceDeliveryChangedException;
import org.cthub.store.casework.ServiceDetails;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The support plans and services section of a case page ({@code #services}). A change someone else saved first
 * is a 409 that keeps the caseworker's input in the form, at the new version, next to the values now stored.
 */
@Controller
class ServicesController {

    private static final SectionPages PAGES = new SectionPages("casework/services", "support.title", "services");

    private final ServicesSection section;
    private final MessageSource messages;

    ServicesController(ServicesSection section, MessageSource messages) {
        this.section = section;
        this.messages = messages;
    }

    @GetMapping("/cases/{id}/services")
    String show(@PathVariable("id") long caseId, @RequestHeader(name = "HX-Request", required = false) String hx,
                Model model, HttpServletResponse response) {
        return PAGES.show(SectionPages.htmx(hx), view(caseId, null, null, model), model, response);
    }

    @PostMapping("/cases/{id}/services/deliveries")
    String addService(@PathVariable("id") long caseId, @RequestParam(name = "type", required = false) String type,
                      @RequestParam(name = "provider", required = false) String provider,
                      @RequestParam(name = "startedOn", required = false) String startedOn,
                      @RequestParam(name = "endedOn", required = false) String endedOn,
                      @RequestParam(name = "outcome", required = false) String outcome,
                      @RequestParam(name = "plan", required = false) String plan,
                      @RequestHeader(name = "HX-Request", required = false) String hx, Model model, Locale locale,
                      HttpServletResponse response) {
        int plans = section.requireServices(caseId);
        ServiceForm form = new ServiceForm(null, 0, type, provider, startedOn, endedOn, outcome, plan);
        return saveService(caseId, form, plans, hx, model, locale, response);
    }

    @PostMapping("/cases/{id}/services/deliveries/{serviceId}")
    String updateService(@PathVariable("id") long caseId, @PathVariable("serviceId") long serviceId,
                         @RequestParam(name = "version") int version,
                         @RequestParam(name = "type", required = false) String type,
                         @RequestParam(name = "provider", required = false) String provider,
                         @RequestParam(name = "startedOn", required = false) String startedOn,
                         @RequestParam(name = "endedOn", required = false) String endedOn,
                         @RequestParam(name = "outcome", required = false) String outcome,
                         @RequestParam(name = "plan", required = false) String plan,
                         @RequestHeader(name = "HX-Request", required = false) String hx, Model model,
                         Locale locale, HttpServletResponse response) {
        int plans = section.requireServices(caseId);
        ServiceForm form = new ServiceForm(serviceId, version, type, provider, startedOn, endedOn, outcome, plan);
        return saveService(caseId, form, plans, hx, model, locale, response);
    }

    @PostMapping("/cases/{id}/services/plans")
    String addPlan(@PathVariable("id") long caseId, @RequestParam(name = "caseVersion") int caseVersion,
                   @RequestParam(name = "type", required = false) String type,
                   @RequestParam(name = "objectives", required = false) String objectives,
                   @RequestParam(name = "actionPlan", required = false) String actionPlan,
                   @RequestParam(name = "plannedEndDate", required = false) String plannedEndDate,
                   @RequestParam(name = "actualEndDate", required = false) String actualEndDate,
                   @RequestHeader(name = "HX-Request", required = false) String hx, Model model, Locale locale,
                   HttpServletResponse response) {
        section.requirePlans(caseId);
        PlanForm form = new PlanForm(null, caseVersion, type, objectives, actionPlan, plannedEndDate, actualEndDate);
        return savePlan(caseId, form, hx, model, locale, response);
    }

    @PostMapping("/cases/{id}/services/plans/{index}")
    String updatePlan(@PathVariable("id") long caseId, @PathVariable("index") int index,
                      @RequestParam(name = "caseVersion") int caseVersion,
                      @RequestParam(name = "type", required = false) String type,
                      @RequestParam(name = "objectives", required = false) String objectives,
                      @RequestParam(name = "actionPlan", required = false) String actionPlan,
                      @RequestParam(name = "plannedEndDate", required = false) String plannedEndDate,
                      @RequestParam(name = "actualEndDate", required = false) String actualEndDate,
                      @RequestHeader(name = "HX-Request", required = false) String hx, Model model, Locale locale,
                      HttpServletResponse response) {
        section.requirePlans(caseId);
        PlanForm form = new PlanForm(index, caseVersion, type, objectives, actionPlan, plannedEndDate, actualEndDate);
        return savePlan(caseId, form, hx, model, locale, response);
    }

    private String saveService(long caseId, ServiceForm form, int plans, String hx, Model model, Locale locale,
                               HttpServletResponse response) {
        boolean htmx = SectionPages.htmx(hx);
        Problems problems = new Problems();
        ServiceDetails details = form.read(problems, plans);
        ServiceForm shown = form;
        HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
        if (problems.isEmpty()) {
            try {
                if (form.id() == null) {
                    section.add(caseId, details);
                } else {
                    section.update(caseId, form.id(), form.version(), details);
                }
                return PAGES.changed(htmx, caseId, "support.saved", () -> view(caseId, null, null, model), model,
                        response);
            } catch (ServiceDeliveryChangedException changed) {
                problems.add(form.prefix() + "type", "delivery.conflict", who(changed.changedBy(), locale));
                shown = form.atVersion(changed.currentVersion());
                status = HttpStatus.CONFLICT;
            } catch (IllegalArgumentException | IllegalStateException refused) {
                StoreRefusals.Refusal refusal = StoreRefusals.of(refused, "type");
                problems.add(form.prefix() + refusal.field(), refusal.key());
            }
        }
        return PAGES.refused(htmx, status, problems.resolve(messages, locale), view(caseId, null, shown, model),
                model, response);
    }

    private String savePlan(long caseId, PlanForm form, String hx, Model model, Locale locale,
                            HttpServletResponse response) {
        boolean htmx = SectionPages.htmx(hx);
        Problems problems = new Problems();
        SupportPlan plan = form.read(problems);
        PlanForm shown = form;
        HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
        if (problems.isEmpty()) {
            try {
                section.savePlan(caseId, form.index(), form.caseVersion(), plan);
                return PAGES.changed(htmx, caseId, "plan.saved", () -> view(caseId, null, null, model), model,
                        response);
            } catch (CaseChangedException changed) {
                problems.add(form.prefix() + "type", "plan.conflict", who(changed.changedBy(), locale));
                shown = form.atVersion(changed.currentVersion());
                status = HttpStatus.CONFLICT;
            }
        }
        return PAGES.refused(htmx, status, problems.resolve(messages, locale), view(caseId, shown, null, model),
                model, response);
    }

    private String who(String username, Locale locale) {
        return username == null ? messages.getMessage("casework.conflict.someone", null, locale) : username;
    }

    private CaseHeading view(long caseId, PlanForm plan, ServiceForm service, Model model) {
        ServicesSection.View view = section.view(caseId, plan, service);
        model.addAttribute("services", view);
        return view.heading();
    }
}
