package org.cthub.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the test server at a fresh embedded database in a temporary folder, unless CTHUB_TEST_WEB_DB_URL
 * names another database (a PostgreSQL URL, to run the web tests on the system of record).
 */
public final class TestHome implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        try {
            Path home = Files.createTempDirectory("cthub-web-test");
            home.toFile().deleteOnExit();
            String url = System.getenv("CTHUB_TEST_WEB_DB_URL");
            Map<String, Object> settings = url == null || url.isBlank()
                    ? Map.of("CTHUB_HOME", home.toString())
                    : Map.of("CTHUB_HOME", home.toString(), "CTHUB_DB_URL", url,
                            "CTHUB_KEYS", "test1:" + "A".repeat(43) + "=", "CTHUB_KEY_ID", "test1");
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("cthub-test-home",
                    new java.util.HashMap<>(settings)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
