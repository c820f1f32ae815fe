package org.cthub.app.referrals;

import java.util.Arrays;
import java.util.Locale;
import org.cthub.app.security.CurrentUser;
import org.cthub.app.security.SignedIn;
import org.cthub.store.referrals.ReferralState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Everything the organisation sent, to follow up, and everything it accepted, filtered by state. A state the
 * page does not know shows everything, as no filter does.
 */
@Controller
class ReferralListController {

    private final OutgoingReferrals outgoing;
    private final IncomingReferrals incoming;

    ReferralListController(OutgoingReferrals outgoing, IncomingReferrals incoming) {
        this.outgoing = outgoing;
        this.incoming = incoming;
    }

    @GetMapping("/referrals")
    String list(@RequestParam(name = "state", required = false) String state, Model model, Locale locale) {
        SignedIn account = CurrentUser.get();
        ReferralState filter = Arrays.stream(ReferralState.values()).filter(value -> value.name().equals(state))
                .findFirst().orElse(null);
        Wording wording = Wording.of(locale);
        model.addAttribute("states", ReferralState.values());
        model.addAttribute("state", filter);
        model.addAttribute("sent", outgoing.sent(filter).stream()
                .map(referral -> ReferralLine.of(referral, account.organisationId(), wording)).toList());
        model.addAttribute("received", incoming.accepted(filter).stream()
                .map(referral -> ReferralLine.of(referral, account.organisationId(), wording)).toList());
        return "referrals/list";
    }
}
