package org.cthub.app.referrals;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.cthub.app.security.CurrentUser;
import org.cthub.app.security.Role;
import org.cthub.app.security.SignedIn;
import org.cthub.standard.htcds.ReferralReason;
import org.cthub.standard.htcds.SupportPlanType;
import org.cthub.store.RecordNotFoundException;
import org.cthub.store.referrals.ConcurrentReferralUpdateException;
import org.cthub.store.referrals.InvalidReferralTransitionException;
import org.cthub.store.referrals.ReferralKind;
import org.cthub.store.referrals.ReferralRefusedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The referrals section of a case page: loaded into the case page by htmx as a fragment, or shown as a page
 * of its own without JavaScript. Its forms work both ways: htmx swaps the section in place, a plain post
 * redirects back to the page (post, redirect, get).
 */
@Controller
class CaseReferralsController {

    private static final String FRAGMENT = "referrals/section :: section";
    private static final String PAGE = "referrals/case";

    private final OutgoingReferrals outgoing;
    private final ReceivingOrganisations organisations;

    CaseReferralsController(OutgoingReferrals outgoing, ReceivingOrganisations organisations) {
        this.outgoing = outgoing;
        this.organisations = organisations;
    }

    @GetMapping("/cases/{caseId}/referrals")
    String show(@PathVariable("caseId") long caseId,
                @RequestHeader(name = Htmx.HEADER, required = false) String hxRequest, Model model, Locale locale,
                HttpServletResponse response) {
        fill(model, caseId, SendForm.blank(), Map.of(), locale);
        return Htmx.view(hxRequest, response, FRAGMENT, PAGE);
    }

    @PostMapping("/cases/{caseId}/referrals")
    String send(@PathVariable("caseId") long caseId, @RequestParam(name = "kind", required = false) String kind,
                @RequestParam(name = "to", required = false) String to,
                @RequestParam(name = "reason", required = false) String reason,
                @RequestParam(name = "services", required = false) List<String> services,
                @RequestHeader(name = Htmx.HEADER, required = false) String hxRequest, Model model, Locale locale,
                HttpServletResponse response, RedirectAttributes redirect) {
        SendForm form = new SendForm(kind, to, reason, services);
        List<ReceivingOrganisations.Receiver> receivers = receivers();
        Map<String, String> problems = form.problems(receivers.stream().map(ReceivingOrganisations.Receiver::id)
                .collect(Collectors.toSet()));
        if (problems.isEmpty()) {
            try {
                long receiver = form.toValue().orElseThrow();
                outgoing.send(caseId, form.kindValue().orElseThrow(), receiver, form.reasonValue().orElseThrow(),
                        form.servicesValue().orElseThrow());
                String code = receivers.stream().filter(candidate -> candidate.id() == receiver).findFirst()
                        .orElseThrow().code();
                return done(caseId, "referrals.notice.sent." + form.kindValue().orElseThrow(), code, hxRequest,
                        model, locale, response, redirect);
            } catch (ReferralRefusedException refused) {
                model.addAttribute("refusal", "referrals.send.refused." + refused.reason());
            } catch (RecordNotFoundException receiverGone) {
                problems = Map.of("to", "referrals.form.to.missing");
            }
        }
        fill(model, caseId, form, problems, locale);
        return Htmx.view(hxRequest, response, FRAGMENT, PAGE);
    }

    @PostMapping("/cases/{caseId}/referrals/{referralId}/withdraw")
    String withdraw(@PathVariable("caseId") long caseId, @PathVariable("referralId") long referralId,
                    @RequestParam(name = "version") int version,
                    @RequestHeader(name = Htmx.HEADER, required = false) String hxRequest, Model model,
                    Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            String receiver = outgoing.withdraw(caseId, referralId, version).toOrganisationCode();
            return done(caseId, "referrals.notice.withdrawn", receiver, hxRequest, model, locale, response,
                    redirect);
        } catch (ConcurrentReferralUpdateException | InvalidReferralTransitionException changed) {
            model.addAttribute("problem", "referrals.conflict");
            fill(model, caseId, SendForm.blank(), Map.of(), locale);
            return Htmx.view(hxRequest, response, FRAGMENT, PAGE);
        }
    }

    /** After a change: htmx gets the section again with the notice, a plain post a redirect to the page. */
    private String done(long caseId, String notice, String organisationCode, String hxRequest, Model model,
                        Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        if (Htmx.isHtmx(hxRequest)) {
            model.addAttribute("notice", notice);
            model.addAttribute("noticeOrganisation", organisationCode);
            fill(model, caseId, SendForm.blank(), Map.of(), locale);
            return Htmx.view(hxRequest, response, FRAGMENT, PAGE);
        }
        redirect.addFlashAttribute("notice", notice);
        redirect.addFlashAttribute("noticeOrganisation", organisationCode);
        return "redirect:/cases/" + caseId + "/referrals";
    }

    private void fill(Model model, long caseId, SendForm form, Map<String, String> problems, Locale locale) {
        SignedIn account = CurrentUser.get();
        OutgoingReferrals.CaseSection section = outgoing.section(caseId);
        Wording wording = Wording.of(locale);
        model.addAttribute("section", section);
        model.addAttribute("lines", section.referrals().stream()
                .map(referral -> ReferralLine.of(referral, account.organisationId(), wording)).toList());
        boolean canSend = section.owned() && !section.closed()
                && account.role().authorities().contains(Role.Authority.REFERRAL_SEND);
        model.addAttribute("canSend", canSend);
        model.addAttribute("canWithdraw", section.owned()
                && account.role().authorities().contains(Role.Authority.REFERRAL_SEND));
        if (canSend) {
            model.addAttribute("receivers", receivers());
            model.addAttribute("kinds", ReferralKind.values());
            model.addAttribute("reasons", Choice.of(ReferralReason.class, wording));
            model.addAttribute("services", Choice.of(SupportPlanType.class, wording));
        }
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("anchors", SendForm.ANCHORS);
        model.addAttribute("fieldOrder", SendForm.FIELDS.stream().filter(problems::containsKey).toList());
    }

    private List<ReceivingOrganisations.Receiver> receivers() {
        return organisations.besides(CurrentUser.get().organisationId());
    }
}
