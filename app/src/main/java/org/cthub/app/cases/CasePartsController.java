package org.cthub.app.cases;

import jakarta.servlet.http.HttpServletResponse;
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
 * Adding and removing trafficking events, perpetrators and comments. Adding goes onto whatever version is
 * current (it does not depend on what others changed); removing names the version the caseworker saw, so
 * that a line is never removed from a list that changed under them.
 */
@Controller
class CasePartsController {

    private final CaseEditing editing;

    CasePartsController(CaseEditing editing) {
        this.editing = editing;
    }

    @GetMapping("/cases/{id}/{part:" + CasePart.PATHS + "}/new")
    String form(@PathVariable long id, @PathVariable String part, Model model) {
        return show(editing.owned(id), CasePart.of(part), FormValues.builder().build(), FormErrors.none(), model);
    }

    @PostMapping("/cases/{id}/{part:" + CasePart.PATHS + "}/new")
    String add(@PathVariable long id, @PathVariable String part, @RequestParam MultiValueMap<String, String> request,
               Model model, HttpServletResponse response, RedirectAttributes redirect) {
        CasePart kind = CasePart.of(part);
        CaseFile file = editing.owned(id);
        FormValues values = FormValues.read(request, kind.fields());
        FormErrors errors = FormCheck.check(kind.fields(), values, editing.today());
        if (!errors.isEmpty()) {
            response.setStatus(422);
            return show(file, kind, values, errors, model);
        }
        editing.add(id, record -> kind.add(record, values));
        redirect.addFlashAttribute("added", kind.path());
        return "redirect:/cases/" + id + "#" + kind.path();
    }

    @PostMapping("/cases/{id}/{part:" + CasePart.PATHS + "}/{index}/remove")
    String remove(@PathVariable long id, @PathVariable String part, @PathVariable int index,
                  @RequestParam int version, RedirectAttributes redirect) {
        CasePart kind = CasePart.of(part);
        boolean removed = editing.change(id, version, record -> kind.remove(record, index));
        redirect.addFlashAttribute(removed ? "removed" : "changedMeanwhile", kind.path());
        return "redirect:/cases/" + id + "#" + kind.path();
    }

    private static String show(CaseFile file, CasePart part, FormValues values, FormErrors errors, Model model) {
        model.addAttribute("file", file);
        model.addAttribute("caseId", file.id());
        model.addAttribute("part", part);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "cases/part";
    }
}
