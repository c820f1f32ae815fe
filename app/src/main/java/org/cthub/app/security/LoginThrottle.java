package org.cthub.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows credential stuffing across accounts: after {@value #ATTEMPTS} failed logins from one client address in
 * {@link #WINDOW}, the login answers 429 until the window has passed. Only failures count, so an office of
 * caseworkers behind one address logging in every morning is never throttled. The per-account lockout
 * ({@link LoginEvents}) stops guessing one password; this stops trying one password on many accounts.
 */
final class LoginThrottle extends OncePerRequestFilter {

    static final int ATTEMPTS = 20;
    static final Duration WINDOW = Duration.ofMinutes(5);
    private static final int MAX_CLIENTS = 100_000;

    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (throttled(request.getRemoteAddr())) {
            response.setHeader("Retry-After", Long.toString(WINDOW.toSeconds()));
            response.sendError(429);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether the address has failed too often lately to try again now. */
    boolean throttled(String client) {
        Deque<Instant> recent = attempts.get(client);
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            forgetOld(recent);
            return recent.size() >= ATTEMPTS;
        }
    }

    /** Counts a failed login from an address. */
    void failed(String client) {
        if (client == null) {
            return;
        }
        if (attempts.size() > MAX_CLIENTS) {
            attempts.clear();
        }
        Deque<Instant> recent = attempts.computeIfAbsent(client, key -> new ArrayDeque<>());
        synchronized (recent) {
            forgetOld(recent);
            recent.addLast(clock.instant());
        }
    }

    private void forgetOld(Deque<Instant> recent) {
        Instant since = clock.instant().minus(WINDOW);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(since)) {
            recent.pollFirst();
        }
    }
}
