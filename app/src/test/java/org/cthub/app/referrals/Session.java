package org.cthub.app.referrals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cthub.app.web.WebFixtures;

/**
 * A signed-in HTTP client like {@code org.cthub.app.web.HttpSession}, that can also ask as htmx does (header
 * {@code HX-Request: true}) and post a field several times (the services ticked). Keeps cookies, reads the
 * CSRF token of the last full page, never follows redirects.
 *
 * <p>Each session connects from an address of its own on the loopback network (127.0.0.0/8): the server lets
 * one address try 20 logins in five minutes, and these tests, all from one machine, log in far more often.
 */
final class Session {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

    private final HttpClient client;
    private final String base;
    private String csrf;

    private Session(int port) {
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).localAddress(loopbackAddress())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.base = "http://127.0.0.1:" + port;
    }

    private static InetAddress loopbackAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        byte[] address = {127, (byte) random.nextInt(1, 255), (byte) random.nextInt(0, 256),
            (byte) random.nextInt(1, 255)};
        try {
            return InetAddress.getByAddress(address);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A session logged in with the fixtures' password. */
    static Session of(int port, String username) {
        Session session = new Session(port);
        session.get("/login");
        HttpResponse<String> login = session.post("/login", Form.of("username", username)
                .and("password", WebFixtures.PASSWORD));
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new AssertionError("Could not log in " + username);
        }
        session.get("/");
        return session;
    }

    HttpResponse<String> get(String path) {
        return send(request(path, false).GET().build());
    }

    HttpResponse<String> htmxGet(String path) {
        return send(request(path, true).GET().build());
    }

    /** Posts with the CSRF token of the last page. */
    HttpResponse<String> post(String path, Form form) {
        return send(request(path, false).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.and("_csrf", csrf).encoded())).build());
    }

    HttpResponse<String> htmxPost(String path, Form form) {
        return send(request(path, true).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.and("_csrf", csrf).encoded())).build());
    }

    /** Posts exactly the form given: no CSRF token. */
    HttpResponse<String> postWithoutToken(String path, Form form) {
        return send(request(path, false).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.encoded())).build());
    }

    private HttpRequest.Builder request(String path, boolean htmx) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html");
        return htmx ? builder.header("HX-Request", "true") : builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher token = CSRF.matcher(response.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Form fields in order; a name may repeat. */
    static final class Form {

        private final List<Map.Entry<String, String>> fields = new ArrayList<>();

        static Form of(String name, String value) {
            return new Form().and(name, value);
        }

        static Form empty() {
            return new Form();
        }

        Form and(String name, String value) {
            if (value != null) {
                fields.add(Map.entry(name, value));
            }
            return this;
        }

        String encoded() {
            return fields.stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        }
    }
}
