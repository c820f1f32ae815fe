package org.cthub.app.admin;

import org.cthub.app.audit.AuditTrail;
import org.cthub.app.security.CurrentUser;
import org.cthub.app.security.Role;
import org.cthub.store.retention.RetentionReport;
import org.cthub.store.retention.RetentionSettings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An administrator sets how long their organisation's closed cases keep personal identifiers. */
@Controller
class RetentionController {

    private final RetentionSettings settings;
    private final RetentionJob job;
    private final AuditTrail audit;

    RetentionController(RetentionSettings settings, RetentionJob job, AuditTrail audit) {
        this.settings = settings;
        this.job = job;
        this.audit = audit;
    }

    @GetMapping("/admin/retention")
    @PreAuthorize("hasAuthority('" + Role.Authority.RETENTION_MANAGE + "')")
    String show(Model model) {
        var days = settings.retentionDays(CurrentUser.get().organisationId());
        model.addAttribute("days", days.isPresent() ? days.getAsInt() : null);
        model.addAttribute("defaultDays", job.defaultDays());
        return "admin/retention";
    }

    @PostMapping("/admin/retention")
    @PreAuthorize("hasAuthority('" + Role.Authority.RETENTION_MANAGE + "')")
    String set(@RequestParam(required = false) Integer days, RedirectAttributes redirect) {
        if (days != null && (days < 0 || days > 36_500)) {
            redirect.addFlashAttribute("problem", true);
            return "redirect:/admin/retention";
        }
        settings.setRetentionDays(CurrentUser.get().organisationId(), days, CurrentUser.get().username());
        audit.record("RETENTION_SET", "ORGANISATION", CurrentUser.get().organisationId(),
                org.cthub.store.audit.AuditEvent.Outcome.SUCCESS, days == null ? "default" : days + " days");
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/retention";
    }

    @PostMapping("/admin/retention/run")
    @PreAuthorize("hasAuthority('" + Role.Authority.RETENTION_MANAGE + "')")
    String run(RedirectAttributes redirect) {
        RetentionReport report = job.runFor(CurrentUser.get().username(), CurrentUser.get().organisationId(),
                CurrentUser.get().organisationCode());
        redirect.addFlashAttribute("erased", report.total());
        return "redirect:/admin/retention";
    }
}
