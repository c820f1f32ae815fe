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
 * Slows credential stuffing across accounts: at most {@value #ATTEMPTS} login attempts per client address in
 * {@link #WINDOW}; beyond that the login answers 429 until the window has passed. The per-account lockout
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
        if (!allow(request.getRemoteAddr())) {
            response.setHeader("Retry-After", Long.toString(WINDOW.toSeconds()));
            response.sendError(429);
            return;
        }
        chain.doFilter(request, response);
    }

    boolean allow(String client) {
        if (attempts.size() > MAX_CLIENTS) {
            attempts.clear();
        }
        Instant now = clock.instant();
        Deque<Instant> recent = attempts.computeIfAbsent(client, key -> new ArrayDeque<>());
        synchronized (recent) {
            while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(WINDOW))) {
                recent.pollFirst();
            }
            if (recent.size() >= ATTEMPTS) {
                return false;
            }
            recent.addLast(now);
            return true;
        }
    }
}
