package org.cthub.app.referrals;

import java.util.Locale;
import java.util.function.Supplier;
import org.cthub.app.security.CurrentUser;
import org.cthub.app.security.Role;
import org.cthub.app.security.SignedIn;
import org.cthub.store.referrals.CaseReferral;
import org.cthub.store.referrals.ConcurrentReferralUpdateException;
import org.cthub.store.referrals.InvalidReferralTransitionException;
import org.cthub.store.referrals.ReferralRefusedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inbox: what waits for the organisation's answer, and the referrals it works on. Every answer redirects
 * back to the inbox with what happened (post, redirect, get), except a decline without its note, which shows
 * the inbox again with the problem next to the referral and the note as typed.
 */
@Controller
class InboxController {

    /** The longest decline note the store keeps. */
    static final int NOTE_LENGTH = 500;

    private final IncomingReferrals incoming;

    InboxController(IncomingReferrals incoming) {
        this.incoming = incoming;
    }

    @GetMapping("/inbox")
    String inbox(Model model, Locale locale) {
        SignedIn account = CurrentUser.get();
        Wording wording = Wording.of(locale);
        model.addAttribute("waiting", incoming.waiting().stream()
                .map(waiting -> WaitingReferral.of(waiting.summary(), waiting.version(), wording)).toList());
        model.addAttribute("underWay", incoming.underWay().stream()
                .map(referral -> ReferralLine.of(referral, account.organisationId(), wording)).toList());
        model.addAttribute("canRespond", account.role().authorities().contains(Role.Authority.REFERRAL_RESPOND));
        model.addAttribute("supervisor", account.role().authorities().contains(Role.Authority.NRM_REPORT));
        model.addAttribute("noteLength", NOTE_LENGTH);
        return "referrals/inbox";
    }

    @PostMapping("/referrals/{referralId}/accept")
    String accept(@PathVariable("referralId") long referralId, @RequestParam(name = "version") int version,
                  RedirectAttributes redirect) {
        return answer(redirect, () -> incoming.accept(referralId, version));
    }

    @PostMapping("/referrals/{referralId}/decline")
    String decline(@PathVariable("referralId") long referralId, @RequestParam(name = "version") int version,
                   @RequestParam(name = "note", required = false) String note, Model model, Locale locale,
                   RedirectAttributes redirect) {
        String problem = note == null || note.isBlank() ? "referrals.decline.note.missing"
                : note.strip().length() > NOTE_LENGTH ? "referrals.decline.note.long" : null;
        if (problem != null) {
            model.addAttribute("declineProblem", problem);
            model.addAttribute("declineReferral", referralId);
            model.addAttribute("declineNote", note);
            return inbox(model, locale);
        }
        return answer(redirect, () -> incoming.decline(referralId, version, note));
    }

    @PostMapping("/referrals/{referralId}/services-started")
    String startServices(@PathVariable("referralId") long referralId, @RequestParam(name = "version") int version,
                         RedirectAttributes redirect) {
        return answer(redirect, () -> incoming.startServices(referralId, version));
    }

    @PostMapping("/referrals/{referralId}/close")
    String close(@PathVariable("referralId") long referralId, @RequestParam(name = "version") int version,
                 RedirectAttributes redirect) {
        return answer(redirect, () -> incoming.close(referralId, version));
    }

    /** Carries out an answer and tells the inbox how it went: ids and codes only cross the redirect. */
    private static String answer(RedirectAttributes redirect, Supplier<CaseReferral> change) {
        try {
            CaseReferral changed = change.get();
            redirect.addFlashAttribute("done", "referrals.done." + changed.kind() + "." + changed.state());
            redirect.addFlashAttribute("doneCase", changed.caseId());
            redirect.addFlashAttribute("doneReference", changed.caseReference());
            redirect.addFlashAttribute("doneFrom", changed.fromOrganisationCode());
        } catch (ConcurrentReferralUpdateException | InvalidReferralTransitionException changed) {
            redirect.addFlashAttribute("problem", "referrals.conflict");
        } catch (ReferralRefusedException refused) {
            redirect.addFlashAttribute("problem", "referrals.answer.refused." + refused.reason());
        }
        return "redirect:/inbox";
    }
}
