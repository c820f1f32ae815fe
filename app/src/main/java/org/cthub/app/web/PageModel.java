package org.cthub.app.web;

import org.cthub.app.security.CurrentUser;
import org.cthub.app.security.SignedIn;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's header needs: who is signed in, for which organisation, in which role. */
@ControllerAdvice
class PageModel {

    @ModelAttribute("account")
    SignedIn account() {
        return CurrentUser.find().orElse(null);
    }
}
