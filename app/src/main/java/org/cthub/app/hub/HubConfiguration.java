package org.cthub.app.hub;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The public API's rate limit, on {@code /api/v1/*} only, before anything else looks at the request. */
@Configuration(proxyBeanMethods = false)
class HubConfiguration {

    @Bean
    FilterRegistrationBean<ApiRateLimit> apiRateLimit(
            @Value("${cthub.hub.rate-limit.per-second:20}") double perSecond,
            @Value("${cthub.hub.rate-limit.burst:100}") int burst) {
        FilterRegistrationBean<ApiRateLimit> registration = new FilterRegistrationBean<>(
                new ApiRateLimit(perSecond, burst, System::nanoTime));
        // The pages too: the dictionary and the dashboard's page load work on the release as the API does.
        registration.addUrlPatterns("/api/v1/*", "/hub", "/hub/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
