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

/** The closure section of a case page ({@code #closure}). */
@Controller
class ClosureController {

    private static final SectionPages PAGES = new SectionPages("casework/closure", "closure.title", "closure");

    private final ClosureSection section;
    private final MessageSource messages;

    ClosureController(ClosureSection section, MessageSource messages) {
        this.section = section;
        this.messages = messages;
    }

    @GetMapping("/cases/{id}/closure")
    String show(@PathVariable("id") long caseId, @RequestHeader(name = "HX-Request", required = false) String hx,
                Model model, HttpServletResponse response) {
        return PAGES.show(SectionPages.htmx(hx), view(caseId, null, null, model), model, response);
    }

    @PostMapping("/cases/{id}/closure/requests")
    String request(@PathVariable("id") long caseId, @RequestParam(name = "reason", required = false) String reason,
                   @RequestParam(name = "targetStatus", required = false) String targetStatus,
                   @RequestHeader(name = "HX-Request", required = false) String hx, Model model, Locale locale,
                   HttpServletResponse response) {
        section.requireRequest(caseId);
        boolean htmx = SectionPages.htmx(hx);
        ClosureForms.Request form = new ClosureForms.Request(reason, targetStatus);
        Problems problems = new Problems();
        ClosureForms.Request.Read read = form.read(problems);
        if (problems.isEmpty()) {
            try {
                section.request(caseId, read.reason(), read.targetStatus());
                return PAGES.changed(htmx, caseId, "closure.requested", () -> view(caseId, null, null, model), model,
                        response);
            } catch (IllegalArgumentException | IllegalStateException refused) {
                // Closed or asked for meanwhile: the form is gone from the section, the status says why.
                problems.add("closure-status", StoreRefusals.of(refused, "reason").key());
            }
        }
        return PAGES.refused(htmx, HttpStatus.UNPROCESSABLE_CONTENT, problems.resolve(messages, locale),
                view(caseId, form, null, model), model, response);
    }

    @PostMapping("/cases/{id}/closure/{requestId}/approve")
    String approve(@PathVariable("id") long caseId, @PathVariable("requestId") long requestId,
                   @RequestParam(name = "note", required = false) String note,
                   @RequestHeader(name = "HX-Request", required = false) String hx, Model model, Locale locale,
                   HttpServletResponse response) {
        return decide(caseId, requestId, true, note, hx, model, locale, response);
    }

    @PostMapping("/cases/{id}/closure/{requestId}/reject")
    String reject(@PathVariable("id") long caseId, @PathVariable("requestId") long requestId,
                  @RequestParam(name = "note", required = false) String note,
                  @RequestHeader(name = "HX-Request", required = false) String hx, Model model, Locale locale,
                  HttpServletResponse response) {
        return decide(caseId, requestId, false, note, hx, model, locale, response);
    }

    private String decide(long caseId, long requestId, boolean approve, String note, String hx, Model model,
                          Locale locale, HttpServletResponse response) {
        section.requireDecision(caseId);
        boolean htmx = SectionPages.htmx(hx);
        ClosureForms.Decide form = new ClosureForms.Decide(note);
        Problems problems = new Problems();
        String cleanNote = form.read(problems, approve);
        if (problems.isEmpty()) {
            try {
                section.decide(caseId, requestId, approve, cleanNote);
                return PAGES.changed(htmx, caseId, approve ? "closure.approved" : "closure.rejected",
                        () -> view(caseId, null, null, model), model, response);
            } catch (IllegalArgumentException | IllegalStateException refused) {
                // The requester, or a request decided meanwhile: either way there is no form left to point at.
                problems.add("closure-pending", StoreRefusals.of(refused, "note").key());
            }
        }
        return PAGES.refused(htmx, HttpStatus.UNPROCESSABLE_CONTENT, problems.resolve(messages, locale),
                view(caseId, null, form, model), model, response);
    }

    private CaseHeading view(long caseId, ClosureForms.Request request, ClosureForms.Decide decide, Model model) {
        ClosureSection.View view = section.view(caseId, request, decide);
        model.addAttribute("closure", view);
        model.addAttribute("closureTargets", ClosureForms.TARGETS);
        return view.heading();
    }
}
