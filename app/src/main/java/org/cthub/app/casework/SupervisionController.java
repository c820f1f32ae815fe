package org.cthub.app.casework;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The supervisors' page: closures to decide, NRM waiting times, reflection periods ending. */
@Controller
class SupervisionController {

    private final SupervisionReport report;

    SupervisionController(SupervisionReport report) {
        this.report = report;
    }

    @GetMapping("/supervision")
    String show(Model model, Locale locale) {
        model.addAttribute("supervision", report.view(locale));
        return "casework/supervision";
    }
}
