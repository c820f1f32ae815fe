package org.cthub.app.audit;

import org.cthub.store.audit.AuditFilter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrators' audit pages: the trail, newest first, filtered; and its verification. */
@Controller
class AuditController {

    private final AuditBrowser browser;

    AuditController(AuditBrowser browser) {
        this.browser = browser;
    }

    @GetMapping("/admin/audit")
    String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                @RequestParam(required = false) String objectType, @RequestParam(required = false) String objectId,
                @RequestParam(required = false) Long before, Model model) {
        AuditFilter filter = new AuditFilter(blankToNull(actor), null, blankToNull(action), blankToNull(objectType),
                blankToNull(objectId));
        var entries = browser.page(filter, before);
        model.addAttribute("entries", entries);
        model.addAttribute("filter", filter);
        model.addAttribute("next", entries.size() == AuditBrowser.PAGE_SIZE ? entries.getLast().seq() : null);
        return "admin/audit";
    }

    @PostMapping("/admin/audit/verify")
    String verify(Model model) {
        model.addAttribute("verification", browser.verify());
        model.addAttribute("entries", java.util.List.of());
        model.addAttribute("filter", AuditFilter.ALL);
        return "admin/audit";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
