package org.cthub.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Passes {@code ?lang=} on only for the languages CT Hub speaks, so the cookie never holds anything else. */
final class SupportedLanguagesOnly implements HandlerInterceptor {

    private final LocaleChangeInterceptor change;

    SupportedLanguagesOnly(LocaleChangeInterceptor change) {
        this.change = change;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws jakarta.servlet.ServletException {
        String requested = request.getParameter(change.getParamName());
        if (requested == null || WebConfiguration.LANGUAGES.stream()
                .noneMatch(language -> language.getLanguage().equals(requested))) {
            return true;
        }
        return change.preHandle(request, response, handler);
    }
}
