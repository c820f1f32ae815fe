package org.cthub.app.cases;

import jakarta.servlet.Filter;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Component;

/**
 * Forgets the login attempts the server's throttle counted. Every test logs in from the same address, and the
 * throttle allows 20 logins per address in five minutes: more than one test class may use, since all share
 * the server. The throttle offers no way to reset it, so this reaches into it; it fails loudly if the
 * throttle changes shape, rather than letting tests pass without logging in.
 */
@Component
public class LoginAttempts {

    private final List<SecurityFilterChain> chains;

    LoginAttempts(List<SecurityFilterChain> chains) {
        this.chains = chains;
    }

    public void forget() {
        for (SecurityFilterChain chain : chains) {
            for (Filter filter : chain.getFilters()) {
                if (filter.getClass().getSimpleName().equals("LoginThrottle")) {
                    clear(filter);
                    return;
                }
            }
        }
        throw new IllegalStateException("No LoginThrottle in the security filter chains");
    }

    private static void clear(Filter throttle) {
        try {
            Field attempts = throttle.getClass().getDeclaredField("attempts");
            attempts.setAccessible(true);
            ((Map<?, ?>) attempts.get(throttle)).clear();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("LoginThrottle no longer keeps its attempts in a map", e);
        }
    }
}
