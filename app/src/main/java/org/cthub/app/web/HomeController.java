package org.cthub.app.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page, and the start page with what the account's role can do. */
@Controller
class HomeController {

    private final ObjectProvider<ClientRegistrationRepository> providers;

    HomeController(ObjectProvider<ClientRegistrationRepository> providers) {
        this.providers = providers;
    }

    @GetMapping("/login")
    String login(Model model) {
        // The identity provider's button appears only where an organisation configured one.
        if (providers.getIfAvailable() instanceof Iterable<?> registrations) {
            for (Object registration : registrations) {
                model.addAttribute("oidc", ((ClientRegistration) registration).getRegistrationId());
                break;
            }
        }
        return "login";
    }

    @GetMapping("/")
    String home() {
        return "home";
    }
}
