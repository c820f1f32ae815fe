package org.cthub.app.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The token bucket on a clock the test moves: no sleeping, no timing. */
class ApiRateLimitTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final ApiRateLimit limit = new ApiRateLimit(2, 5, now::get);

    @Test
    void letsABurstThroughThenRefusesWithRetryAfterAndAJsonError() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(request("203.0.113.7").getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse refused = request("203.0.113.7");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        assertThat(refused.getContentAsString()).contains("\"code\":\"RATE_LIMITED\"");
        assertThat(request("198.51.100.1").getStatus()).as("another address has its own bucket").isEqualTo(200);
    }

    @Test
    void refillsAtTheRate() throws Exception {
        for (int i = 0; i < 5; i++) {
            request("203.0.113.8");
        }
        assertThat(request("203.0.113.8").getStatus()).isEqualTo(429);
        now.addAndGet(500_000_000L); // half a second at 2 a second: one more
        assertThat(request("203.0.113.8").getStatus()).isEqualTo(200);
        assertThat(request("203.0.113.8").getStatus()).isEqualTo(429);
        now.addAndGet(10_000_000_000L);
        for (int i = 0; i < 5; i++) {
            assertThat(request("203.0.113.8").getStatus()).as("full again, never more than the burst").isEqualTo(200);
        }
        assertThat(request("203.0.113.8").getStatus()).isEqualTo(429);
    }

    private MockHttpServletResponse request(String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/releases");
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(request, response, new MockFilterChain());
        return response;
    }

    /** One host usually holds a whole IPv6 /64: it gets one bucket, not one per address. */
    @Test
    void anIpv6NetworkSharesOneBucket() {
        assertThat(ApiRateLimit.client("2001:db8:1:2:aaaa::1")).isEqualTo(ApiRateLimit.client("2001:db8:1:2:bbbb::9"))
                .isEqualTo("20010db800010002::/64");
        assertThat(ApiRateLimit.client("2001:db8:1:3::1")).isNotEqualTo(ApiRateLimit.client("2001:db8:1:2::1"));
        assertThat(ApiRateLimit.client("192.0.2.7")).isEqualTo("192.0.2.7");
    }
}
