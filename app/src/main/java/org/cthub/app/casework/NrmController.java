package org.cthub.app.casework;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The national referral mechanism section of a case page ({@code #nrm}). */
@Controller
class NrmController {

    private static final SectionPages PAGES = new SectionPages("casework/nrm", "nrm.title", "nrm");

    private final NrmSection section;
    private final MessageSource messages;

    NrmController(NrmSection section, MessageSource messages) {
        this.section = section;
        this.messages = messages;
    }

    @GetMapping("/cases/{id}/nrm")
    String show(@PathVariable("id") long caseId, @RequestHeader(name = "HX-Request", required = false) String hx,
                Model model, HttpServletResponse response) {
        return PAGES.show(SectionPages.htmx(hx), view(caseId, null, null, model), model, response);
    }

    @PostMapping("/cases/{id}/nrm/referrals")
    String refer(@PathVariable("id") long caseId, @RequestParam(name = "kind", required = false) String kind,
                 @RequestParam(name = "referredOn", required = false) String referredOn,
                 @RequestParam(name = "authority", required = false) String authority,
                 @RequestHeader(name = "HX-Request", required = false) String hx, Model model, Locale locale,
                 HttpServletResponse response) {
        section.requireChange(caseId);
        boolean htmx = SectionPages.htmx(hx);
        NrmForms.Refer form = new NrmForms.Refer(kind, referredOn, authority);
        Problems problems = new Problems();
        NrmForms.Refer.Read read = form.read(problems);
        if (problems.isEmpty()) {
            try {
                section.refer(caseId, read.kind(), read.referredOn(), read.authority());
                return PAGES.changed(htmx, caseId, "nrm.referred", () -> view(caseId, null, null, model), model,
                        response);
            } catch (IllegalArgumentException | IllegalStateException refused) {
                StoreRefusals.Refusal refusal = StoreRefusals.of(refused, "kind");
                problems.add("refer-" + refusal.field(), refusal.key());
            }
        }
        return PAGES.refused(htmx, HttpStatus.UNPROCESSABLE_CONTENT, problems.resolve(messages, locale),
                view(caseId, form, null, model), model, response);
    }

    @PostMapping("/cases/{id}/nrm/decisions/{decisionId}")
    String decide(@PathVariable("id") long caseId, @PathVariable("decisionId") long decisionId,
                  @RequestParam(name = "outcome", required = false) String outcome,
                  @RequestParam(name = "decidedOn", required = false) String decidedOn,
                  @RequestParam(name = "reflectionEndsOn", required = false) String reflectionEndsOn,
                  @RequestHeader(name = "HX-Request", required = false) String hx, Model model, Locale locale,
                  HttpServletResponse response) {
        section.requireChange(caseId);
        boolean htmx = SectionPages.htmx(hx);
        NrmForms.Decide form = new NrmForms.Decide(decisionId, outcome, decidedOn, reflectionEndsOn);
        Problems problems = new Problems();
        NrmForms.Decide.Read read = form.read(problems);
        if (problems.isEmpty()) {
            try {
                section.decide(caseId, decisionId, read.outcome(), read.decidedOn(), read.reflectionEndsOn());
                return PAGES.changed(htmx, caseId, "nrm.decided", () -> view(caseId, null, null, model), model,
                        response);
            } catch (IllegalArgumentException | IllegalStateException refused) {
                StoreRefusals.Refusal refusal = StoreRefusals.of(refused, "outcome");
                problems.add(form.prefix() + refusal.field(), refusal.key());
            }
        }
        return PAGES.refused(htmx, HttpStatus.UNPROCESSABLE_CONTENT, problems.resolve(messages, locale),
                view(caseId, null, form, model), model, response);
    }

    private CaseHeading view(long caseId, NrmForms.Refer refer, NrmForms.Decide decide, Model model) {
        NrmSection.View view = section.view(caseId, refer, decide);
        model.addAttribute("nrm", view);
        return view.heading();
    }
}
