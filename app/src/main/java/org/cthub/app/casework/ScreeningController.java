package org.cthub.app.casework;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Screening pages: the organisation's screenings, the form, a screening with its "already registered?" warning,
 * and opening a case from it. Names and dates travel only in POST bodies, never in a URL.
 */
@Controller
class ScreeningController {

    static final int PAGE_SIZE = 25;

    private final ScreeningRegister register;
    private final MessageSource messages;
    private final Clock clock;

    ScreeningController(ScreeningRegister register, MessageSource messages, Clock clock) {
        this.register = register;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/screenings")
    String list(@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
        model.addAttribute("list", register.list(page, PAGE_SIZE));
        return "casework/screenings";
    }

    @GetMapping("/screenings/new")
    String form(Model model) {
        return form(register.blankForm(), model);
    }

    @PostMapping("/screenings/new")
    String save(@RequestParam(name = "givenName", required = false) String givenName,
                @RequestParam(name = "familyName", required = false) String familyName,
                @RequestParam(name = "birthDate", required = false) String birthDate,
                @RequestParam(name = "indicator", required = false) List<String> indicators,
                @RequestParam(name = "decision", required = false) String decision,
                @RequestParam(name = "screenedOn", required = false) String screenedOn,
                Model model, Locale locale, HttpServletResponse response) {
        register.requireScreening();
        ScreeningForm submitted = new ScreeningForm(givenName, familyName, birthDate,
                indicators == null ? Set.of() : Set.copyOf(indicators), decision, screenedOn);
        Problems problems = new Problems();
        ScreeningForm.Read read = submitted.read(problems, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems.resolve(messages, locale));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(submitted, model);
        }
        long id = register.record(read.person(), read.indicators(), read.decision(), read.screenedOn());
        return "redirect:/screenings/" + id;
    }

    @GetMapping("/screenings/{id}")
    String show(@PathVariable("id") long id, Model model) {
        model.addAttribute("view", register.show(id));
        model.addAttribute("groups", ScreeningForm.GROUPS);
        return "casework/screening";
    }

    /** A screening that found no victim opens no case: the page has no button for it, and a forged post is 409. */
    @PostMapping("/screenings/{id}/case")
    String openCase(@PathVariable("id") long id, Model model, HttpServletResponse response) {
        try {
            return "redirect:/cases/" + register.openCase(id);
        } catch (IllegalStateException noVictim) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("refused", "screening.open.refused");
            return show(id, model);
        }
    }

    private String form(ScreeningForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("groups", ScreeningForm.GROUPS);
        model.addAttribute("decisions", org.cthub.store.casework.ScreeningDecision.values());
        return "casework/screening-form";
    }
}
