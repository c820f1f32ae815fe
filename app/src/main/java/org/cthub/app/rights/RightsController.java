package org.cthub.app.rights;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.cthub.store.retention.SubjectRequestKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The person's requests: a section of the case page, the organisation's list, and the copy for the person. */
@Controller
class RightsController {

    private final PersonsRights rights;
    private final Clock clock;

    RightsController(PersonsRights rights, Clock clock) {
        this.rights = rights;
        this.clock = clock;
    }

    @GetMapping("/requests")
    String list(Model model) {
        model.addAttribute("requests", rights.forOrganisation());
        return "rights/list";
    }

    @GetMapping("/cases/{caseId}/requests")
    String section(@PathVariable long caseId, @RequestHeader(value = "HX-Request", required = false) String htmx,
                   Model model) {
        model.addAttribute("caseId", caseId);
        if (!rights.applies(caseId)) {
            return htmx != null ? "rights/section :: none" : "redirect:/cases/" + caseId;
        }
        model.addAttribute("requests", rights.forCase(caseId));
        model.addAttribute("kinds", SubjectRequestKind.values());
        model.addAttribute("today", LocalDate.now(clock));
        return htmx != null ? "rights/section :: section" : "rights/section-page";
    }

    @PostMapping("/cases/{caseId}/requests")
    String record(@PathVariable long caseId, @RequestParam SubjectRequestKind kind,
                  @RequestParam LocalDate receivedOn) {
        rights.record(caseId, kind, receivedOn.isAfter(LocalDate.now(clock)) ? LocalDate.now(clock) : receivedOn);
        return "redirect:/cases/" + caseId + "#requests";
    }

    @GetMapping("/cases/{caseId}/requests/{requestId}/copy")
    String copy(@PathVariable long caseId, @PathVariable long requestId, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("export", rights.export(caseId, requestId));
        model.addAttribute("requestId", requestId);
        return "rights/copy";
    }

    @PostMapping("/cases/{caseId}/requests/{requestId}/complete")
    String complete(@PathVariable long caseId, @PathVariable long requestId) {
        rights.complete(caseId, requestId);
        return "redirect:/cases/" + caseId + "#requests";
    }

    @PostMapping("/cases/{caseId}/requests/{requestId}/erase")
    String erase(@PathVariable long caseId, @PathVariable long requestId) {
        rights.erase(caseId, requestId);
        return "redirect:/cases/" + caseId + "#requests";
    }
}
