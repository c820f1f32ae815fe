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

/** The consent page of a case: its current consent and history, and the form to record a new decision. */
@Controller
class ConsentController {

    private final ConsentRecording recording;
    private final CaseEditing editing;

    ConsentController(ConsentRecording recording, CaseEditing editing) {
        this.recording = recording;
        this.editing = editing;
    }

    @GetMapping("/cases/{id}/consent")
    String form(@PathVariable long id, @RequestParam(required = false) String kind, Model model) {
        FormValues values = FormValues.builder().put(ConsentRecording.GIVEN_ON, editing.today()).build();
        if ("ASSISTANCE".equals(kind) || "SHARING".equals(kind)) {
            values = values.with(ConsentRecording.KIND.name(), kind);
        }
        return show(id, values, FormErrors.none(), model);
    }

    @PostMapping("/cases/{id}/consent")
    String record(@PathVariable long id, @RequestParam MultiValueMap<String, String> request, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        FormValues values = FormValues.read(request, ConsentRecording.FIELDS);
        ConsentRecording.Outcome outcome = recording.record(id, values);
        if (!outcome.errors().isEmpty()) {
            response.setStatus(422);
            return show(id, values, outcome.errors(), model);
        }
        redirect.addFlashAttribute("consentRecorded", true);
        redirect.addFlashAttribute("consentNotPassedOn", outcome.notPassedOn());
        return "redirect:/cases/" + id + "#consent";
    }

    private String show(long id, FormValues values, FormErrors errors, Model model) {
        CaseFile file = editing.owned(id);
        model.addAttribute("file", file);
        model.addAttribute("caseId", id);
        model.addAttribute("history", recording.history(id));
        model.addAttribute("fields", ConsentRecording.FIELDS);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "cases/consent";
    }
}
