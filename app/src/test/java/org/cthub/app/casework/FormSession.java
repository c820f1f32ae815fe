package org.cthub.app.casework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cthub.app.web.WebFixtures;

/**
 * A logged-in browser for the casework tests, as {@link org.cthub.app.web.HttpSession} with three additions:
 * forms with a field repeated (a list of checkboxes, as a browser sends it); requests as htmx makes them, with
 * {@code HX-Request: true} and the CSRF token in the header {@code cthub.js} copies from the page; and a client
 * address of its own. Each session connects from its own loopback address (127.0.x.y), as each caseworker's
 * machine would: the login throttle allows 20 logins per address in five minutes, and every {@code @WebTest}
 * class shares one server, so sessions all from 127.0.0.1 would run out of logins in a full build. Keeps
 * cookies, never follows redirects.
 */
final class FormSession {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");
    private static final Pattern HEADER = Pattern.compile("name=\"csrf-header\" content=\"([^\"]+)\"");
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    /** Form fields in order, a name given as often as the browser would send it. */
    static final class Form {
        private final List<Map.Entry<String, String>> fields = new ArrayList<>();

        Form add(String name, String value) {
            if (value != null) {
                fields.add(Map.entry(name, value));
            }
            return this;
        }

        static Form of(Map<String, String> fields) {
            Form form = new Form();
            fields.forEach(form::add);
            return form;
        }

        String encoded() {
            return fields.stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                    .collect(Collectors.joining("&"));
        }
    }

    private final HttpClient client;
    private final String base;
    private String token;
    private String header;

    private FormSession(int port) {
        int next = ADDRESSES.getAndIncrement();
        try {
            InetAddress address = InetAddress.getByAddress(new byte[] {127, 0, (byte) (1 + next / 250 % 250),
                (byte) (2 + next % 250)});
            this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).localAddress(address)
                    .followRedirects(HttpClient.Redirect.NEVER).build();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
        this.base = "http://127.0.0.1:" + port;
    }

    static Form form() {
        return new Form();
    }

    /** A session logged in as the username, with the CSRF token of the start page. */
    static FormSession logIn(int port, String username) {
        FormSession session = new FormSession(port);
        session.get("/login");
        HttpResponse<String> login = session.post("/login", Map.of("username", username, "password",
                WebFixtures.PASSWORD));
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new AssertionError("login answered " + login.statusCode());
        }
        session.get("/");
        return session;
    }

    /** A whole page, as a browser loads it: keeps its CSRF token for the next post. */
    HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        Matcher matcher = TOKEN.matcher(response.body());
        if (matcher.find()) {
            token = matcher.group(1);
        }
        Matcher named = HEADER.matcher(response.body());
        if (named.find()) {
            header = named.group(1);
        }
        return response;
    }

    HttpResponse<String> post(String path, Map<String, String> fields) {
        return post(path, Form.of(fields));
    }

    /** A plain form post, with the CSRF token of the last page as a hidden field. */
    HttpResponse<String> post(String path, Form form) {
        Form fields = new Form();
        fields.fields.addAll(form.fields);
        fields.add("_csrf", token);
        return postRaw(path, fields);
    }

    /** A form post exactly as given: without a CSRF token unless the test puts one in. */
    HttpResponse<String> postRaw(String path, Map<String, String> fields) {
        return postRaw(path, Form.of(fields));
    }

    /** A GET as htmx makes it. */
    HttpResponse<String> fragment(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("HX-Request", "true").GET());
    }

    /** A form post as htmx makes it. */
    HttpResponse<String> swap(String path, Form form) {
        return send(request(path, form).header("HX-Request", "true").header(header, token));
    }

    private HttpResponse<String> postRaw(String path, Form form) {
        return send(request(path, form));
    }

    private HttpRequest.Builder request(String path, Form form) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form.encoded()));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
