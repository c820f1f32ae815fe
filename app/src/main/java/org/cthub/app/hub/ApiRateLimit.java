package org.cthub.app.hub;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A token bucket per client address on the public API: {@code burst} requests at once, refilled at
 * {@code perSecond}. Beyond it, 429 with {@code Retry-After} and the JSON error {@code RATE_LIMITED}. Behind a
 * reverse proxy the address is the proxy's unless the server is told to trust forwarded headers
 * ({@code server.forward-headers-strategy=native}); see docs/opendata.md.
 */
final class ApiRateLimit extends OncePerRequestFilter {

    private static final int MAX_CLIENTS = 100_000;

    private final double perSecond;
    private final double burst;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    ApiRateLimit(double perSecond, int burst, LongSupplier nanoTime) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("The rate limit needs a positive rate and a burst of at least 1");
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.nanoTime = nanoTime;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long waitNanos = take(client(request.getRemoteAddr()));
        if (waitNanos == 0) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"error\":{\"code\":\"RATE_LIMITED\",\"status\":429,\"message\":\"Too many "
                + "requests from this address; try again in " + seconds + " s\"}}");
    }

    /**
     * The client a bucket belongs to: the IPv4 address, or the /64 network of an IPv6 address, since one host
     * usually holds a whole /64 and could otherwise take a fresh bucket for every request.
     */
    static String client(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address;
        }
        try {
            // A name with a colon can only be an IPv6 literal, so this parses and never asks a name server.
            byte[] bytes = java.net.InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            return java.util.HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
        } catch (java.net.UnknownHostException notALiteral) {
            return address;
        }
    }

    /** 0 when a request may pass now, else the nanoseconds until it may. */
    long take(String client) {
        if (buckets.size() > MAX_CLIENTS) {
            long now = nanoTime.getAsLong();
            buckets.values().removeIf(bucket -> bucket.full(now));
        }
        return buckets.computeIfAbsent(client, ignored -> new Bucket(nanoTime.getAsLong())).take(nanoTime.getAsLong());
    }

    private final class Bucket {
        private double tokens = burst;
        private long updated;

        Bucket(long now) {
            this.updated = now;
        }

        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perSecond * 1e9);
        }

        synchronized boolean full(long now) {
            refill(now);
            return tokens >= burst;
        }

        private void refill(long now) {
            tokens = Math.min(burst, tokens + (now - updated) / 1e9 * perSecond);
            updated = now;
        }
    }
}
