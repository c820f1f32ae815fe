package org.cthub.app.cases;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.cthub.store.casework.CaseChangedException;
import org.cthub.store.casework.CaseFile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case details form. A save that lost a race to someone else's shows the form again with the caseworker's
 * own values (nothing typed is lost), the fields where the saved case now differs, and the new version, so
 * that saving again is a decision taken knowing what changed.
 */
@Controller
class CaseEditController {

    private final CaseEditing editing;
    private final CaseLabels labels;

    CaseEditController(CaseEditing editing, CaseLabels labels) {
        this.editing = editing;
        this.labels = labels;
    }

    /** A field whose saved value is not what the caseworker submitted, and the saved value as shown. */
    record Difference(FormField field, String saved) {
    }

    @GetMapping("/cases/{id}/edit")
    String form(@PathVariable long id, Model model) {
        CaseFile file = editing.open(id, "edit");
        return show(file, CaseForm.of(file.record()), FormErrors.none(), file.version(), model);
    }

    @PostMapping("/cases/{id}/edit")
    String save(@PathVariable long id, @RequestParam int version, @RequestParam MultiValueMap<String, String> request,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        CaseFile file = editing.owned(id);
        FormValues values = FormValues.read(request, CaseForm.fields(file));
        FormErrors errors = editing.check(file, values);
        if (!errors.isEmpty()) {
            response.setStatus(422);
            return show(file, values, errors, version, model);
        }
        try {
            editing.save(id, version, values);
        } catch (CaseChangedException e) {
            CaseFile current = editing.open(id, "conflict");
            FormValues saved = CaseForm.of(current.record());
            List<Difference> differences = CaseForm.fields(current).stream()
                    .filter(field -> !saved.all(field.name()).equals(values.all(field.name())))
                    .map(field -> new Difference(field, labels.display(field, saved))).toList();
            model.addAttribute("conflict", true);
            model.addAttribute("differences", differences);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return show(current, values, errors, current.version(), model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/cases/" + id;
    }

    private static String show(CaseFile file, FormValues values, FormErrors errors, int version, Model model) {
        model.addAttribute("file", file);
        model.addAttribute("caseId", file.id());
        model.addAttribute("sections", CaseForm.sections(file));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("version", version);
        return "cases/edit";
    }
}
