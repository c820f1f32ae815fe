package org.cthub.app.server;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cthub serve}: the web application on the configured database, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs the web application on the database in $CTHUB_DB_URL (PostgreSQL in production), "
                + "with the encryption keys in $CTHUB_KEYS or $CTHUB_KEY_FILE. It will not start without keys.",
                "Create the first administrator with: cthub users add --org ORG --role ADMINISTRATOR --username NAME"})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "The HTTP port (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--db", paramLabel = "JDBC-URL", description = "The database (default: $CTHUB_DB_URL).")
    private String url;

    @Option(names = "--plain-http", description = "Allow the session cookie over plain HTTP, for a trial on one's "
            + "own machine. Without it the cookie is sent over HTTPS only: run CT Hub behind a TLS proxy.")
    private boolean plainHttp;

    @Override
    public Integer call() throws InterruptedException {
        Map<String, Object> settings = new HashMap<>();
        settings.put("server.port", port);
        if (!plainHttp) {
            // Behind a TLS-terminating proxy: the forwarded scheme makes Spring Security send HSTS, and the
            // session cookie never travels in clear.
            settings.put("server.servlet.session.cookie.secure", true);
            settings.put("server.forward-headers-strategy", "native");
        }
        if (url != null && !url.isBlank()) {
            settings.put("CTHUB_DB_URL", url);
        }
        ConfigurableApplicationContext context = Server.start(settings);
        spec.commandLine().getOut().printf("CT Hub is running at http://localhost:%d/ (Ctrl-C stops it)%n", port);
        spec.commandLine().getOut().flush();
        awaitShutdown(context);
        return 0;
    }

    /** Blocks until the application is closed, by Ctrl-C or otherwise. */
    public static void awaitShutdown(ConfigurableApplicationContext context) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        if (context.isActive()) {
            closed.await();
        }
    }
}
