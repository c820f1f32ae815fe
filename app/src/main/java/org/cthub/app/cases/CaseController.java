package org.cthub.app.cases;

import org.cthub.app.security.CurrentUser;
import org.cthub.app.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The case page, and who is responsible for the case. */
@Controller
class CaseController {

    private final CaseReading reading;
    private final CaseAssignment assignment;

    CaseController(CaseReading reading, CaseAssignment assignment) {
        this.reading = reading;
        this.assignment = assignment;
    }

    @GetMapping("/cases/{id}")
    String view(@PathVariable long id, Model model) {
        CaseView view = reading.open(id);
        model.addAttribute("view", view);
        model.addAttribute("file", view.file());
        model.addAttribute("record", view.file().record());
        model.addAttribute("caseId", id);
        boolean canAssign = view.owned() && CurrentUser.get().role().authorities()
                .contains(Role.Authority.CASE_ASSIGN);
        model.addAttribute("candidates", canAssign ? assignment.candidates() : null);
        return "cases/view";
    }

    @PostMapping("/cases/{id}/assign")
    String assign(@PathVariable long id, @RequestParam(required = false) String caseworker,
                  RedirectAttributes redirect) {
        redirect.addFlashAttribute(assignment.assign(id, caseworker) ? "assigned" : "assignRefused", true);
        return "redirect:/cases/" + id;
    }
}
