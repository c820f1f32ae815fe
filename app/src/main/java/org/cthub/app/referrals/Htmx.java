package org.cthub.app.referrals;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Whether a request came from htmx, which then gets a fragment of a page instead of the page. Responses say
 * they vary with it, so that the browser's back button never shows a bare fragment from its cache.
 */
final class Htmx {

    static final String HEADER = "HX-Request";

    private Htmx() {
    }

    /** The view of a request: the fragment for htmx, the whole page otherwise. */
    static String view(String hxRequest, HttpServletResponse response, String fragment, String page) {
        response.addHeader("Vary", HEADER);
        return isHtmx(hxRequest) ? fragment : page;
    }

    static boolean isHtmx(String hxRequest) {
        return "true".equals(hxRequest);
    }
}
