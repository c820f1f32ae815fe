package org.cthub.app.server;

import java.util.HashMap;
import java.util.Map;
import org.cthub.app.WebApplication;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the web application with settings from the command line on top of application.properties. */
public final class Server {

    private Server() {
    }

    /**
     * Starts the server and returns once it answers requests.
     *
     * @param settings Spring properties and CT Hub settings ({@code CTHUB_DB_URL}, {@code CTHUB_HOME},
     *     {@code server.port}, {@code cthub.demo}); they win over the environment's
     */
    public static ConfigurableApplicationContext start(Map<String, Object> settings) {
        SpringApplication application = new SpringApplication(WebApplication.class);
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        Map<String, Object> properties = new HashMap<>(settings);
        application.setDefaultProperties(Map.of());
        application.addInitializers(context -> context.getEnvironment().getPropertySources().addFirst(
                new org.springframework.core.env.MapPropertySource("cthub-command-line", properties)));
        return application.run();
    }
}
