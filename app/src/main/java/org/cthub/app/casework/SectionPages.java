package org.cthub.app.casework;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/**
 * How a case-page section answers. htmx asks with {@code HX-Request: true} and gets the section alone, to swap
 * into the case page; a browser without JavaScript gets the same section inside a whole page. After a change,
 * htmx gets the refreshed section and a plain form post is redirected back to the case page. A refused form
 * answers with its problems: 422 (409 for a conflict) to a plain post, but 200 to htmx, which does not swap
 * error responses in and would leave the caseworker looking at an unchanged form.
 *
 * @param template the section's template, whose fragment {@code section} is the section
 * @param titleKey the message key of the section's title, for the whole page's title
 * @param anchor the id of the section on the case page
 */
record SectionPages(String template, String titleKey, String anchor) {

    static final String PAGE = "casework/section-page";

    static boolean htmx(String header) {
        return "true".equals(header);
    }

    /** The section's fragment for htmx, or the section inside a page with a way back to the case. */
    String show(boolean htmx, CaseHeading heading, Model model, HttpServletResponse response) {
        // A cache must not hand the fragment to a request for the page, or the other way round.
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        if (htmx) {
            return template + " :: section";
        }
        model.addAttribute("sectionTemplate", template);
        model.addAttribute("sectionTitle", titleKey);
        model.addAttribute("caseId", heading.id());
        model.addAttribute("caseReference", heading.reference());
        return PAGE;
    }

    /** The section again with the form's problems, with the status a plain post should get. */
    String refused(boolean htmx, HttpStatus status, Map<String, String> problems, CaseHeading heading, Model model,
                   HttpServletResponse response) {
        model.addAttribute("problems", problems);
        if (!htmx) {
            response.setStatus(status.value());
        }
        return show(htmx, heading, model, response);
    }

    /**
     * After a change: the refreshed section for htmx, with a notice; the case page at the section otherwise.
     * {@code section} is called only for htmx, so a plain post does not read the section twice.
     */
    String changed(boolean htmx, long caseId, String noticeKey, java.util.function.Supplier<CaseHeading> section,
                   Model model, HttpServletResponse response) {
        if (!htmx) {
            return "redirect:/cases/" + caseId + "#" + anchor;
        }
        CaseHeading heading = section.get();
        model.addAttribute("notice", noticeKey);
        return show(true, heading, model, response);
    }
}
