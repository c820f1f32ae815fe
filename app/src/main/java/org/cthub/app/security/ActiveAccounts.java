package org.cthub.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.cthub.store.users.Users;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of an account that was disabled, or whose password was reset, after it logged in, at its
 * next request: the account of a person who leaves must stop working at once, not when the session times
 * out, and a reset password must throw out whoever was using the old one.
 */
final class ActiveAccounts extends OncePerRequestFilter {

    private final Users users;

    ActiveAccounts(Users users) {
        this.users = users;
    }

    // Static files carry no data; looking the account up for each of them would double a page's queries.
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var account = CurrentUser.find();
        if (account.isPresent() && users.findByUsername(account.get().username())
                .filter(found -> found.enabled() && !passwordChangedSince(found, account.get())).isEmpty()) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean passwordChangedSince(org.cthub.store.users.UserAccount stored, SignedIn session) {
        return stored.passwordChangedAt() != null && session.account().signedInAt() != null
                && stored.passwordChangedAt().isAfter(session.account().signedInAt());
    }
}
