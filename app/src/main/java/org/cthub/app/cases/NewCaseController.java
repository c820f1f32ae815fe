package org.cthub.app.cases;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.cthub.store.linkage.PossibleDuplicates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The new case form. When the organisation has a case of what may be the same person, the form comes back
 * with a warning listing those cases and a second button to create the case anyway.
 */
@Controller
class NewCaseController {

    private final NewCases newCases;

    NewCaseController(NewCases newCases) {
        this.newCases = newCases;
    }

    @GetMapping("/cases/new")
    @PreAuthorize("hasAuthority('" + org.cthub.app.security.Role.Authority.CASE_WRITE + "')")
    String form(Model model) {
        return show(FormValues.builder().build(), FormErrors.none(), List.of(), model);
    }

    @PostMapping("/cases/new")
    String create(@RequestParam MultiValueMap<String, String> request,
                  @RequestParam(defaultValue = "false") boolean confirm, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        FormValues values = FormValues.read(request, NewCases.FIELDS);
        FormErrors errors = newCases.check(values);
        if (!errors.isEmpty()) {
            response.setStatus(422);
            return show(values, errors, List.of(), model);
        }
        if (!confirm) {
            List<PossibleDuplicates.Candidate> duplicates = newCases.duplicates(values);
            if (!duplicates.isEmpty()) {
                return show(values, errors, duplicates, model);
            }
        }
        long id = newCases.create(values);
        redirect.addFlashAttribute("created", true);
        return "redirect:/cases/" + id;
    }

    private static String show(FormValues values, FormErrors errors, List<PossibleDuplicates.Candidate> duplicates, Model model) {
        model.addAttribute("fields", NewCases.FIELDS);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("duplicates", duplicates);
        return "cases/new";
    }
}
