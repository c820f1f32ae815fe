package org.cthub.app.admin;

import org.cthub.app.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The accounts page of an organisation's administrator. */
@Controller
class AccountsController {

    private final AccountAdministration administration;

    AccountsController(AccountAdministration administration) {
        this.administration = administration;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("accounts", administration.accounts());
        model.addAttribute("roles", Role.values());
        return "admin/users";
    }

    @PostMapping("/admin/users")
    String create(@RequestParam String username, @RequestParam(required = false) String displayName,
                  @RequestParam Role role, @RequestParam String password, Model model, RedirectAttributes redirect) {
        String problem = administration.create(username, displayName, role, password);
        if (problem != null) {
            model.addAttribute("problem", problem);
            model.addAttribute("username", username);
            model.addAttribute("displayName", displayName);
            model.addAttribute("role", role);
            return list(model);
        }
        redirect.addFlashAttribute("created", username);
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/enabled")
    String enable(@PathVariable long id, @RequestParam boolean enabled) {
        administration.setEnabled(id, enabled);
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam String password, Model model,
                         RedirectAttributes redirect) {
        String problem = administration.resetPassword(id, password);
        if (problem != null) {
            model.addAttribute("problem", problem);
            return list(model);
        }
        redirect.addFlashAttribute("reset", id);
        return "redirect:/admin/users";
    }
}
