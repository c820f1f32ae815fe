package org.cthub.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void throttlesAnAddressAfterTwentyFailuresUntilTheWindowHasPassed() {
        for (int i = 0; i < LoginThrottle.ATTEMPTS - 1; i++) {
            throttle.failed("10.0.0.1");
        }
        assertThat(throttle.throttled("10.0.0.1")).isFalse();

        throttle.failed("10.0.0.1");

        assertThat(throttle.throttled("10.0.0.1")).isTrue();
        assertThat(throttle.throttled("10.0.0.2")).isFalse();
        clock.advance(LoginThrottle.WINDOW.plusSeconds(1));
        assertThat(throttle.throttled("10.0.0.1")).isFalse();
    }

    @Test
    void forgetsFailuresOlderThanTheWindow() {
        for (int i = 0; i < LoginThrottle.ATTEMPTS; i++) {
            throttle.failed("10.0.0.3");
            clock.advance(Duration.ofSeconds(20));
        }

        assertThat(throttle.throttled("10.0.0.3")).isFalse();
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
