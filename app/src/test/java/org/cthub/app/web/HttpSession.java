package org.cthub.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client for tests that cross boundaries: keeps cookies, reads the CSRF token (and the
 * header htmx sends it in) from the last whole page it fetched, never follows redirects (tests look at them).
 * It asks as a browser does, or as htmx does ({@code HX-Request: true}, the token in a header), and posts forms
 * whose fields may repeat (ticked checkboxes).
 */
public final class HttpSession {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_HEADER = Pattern.compile("name=\"csrf-header\" content=\"([^\"]+)\"");

    private final HttpClient client;
    private final String base;
    private String csrf;
    private String csrfHeader = "X-CSRF-TOKEN";

    public HttpSession(int port) {
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.base = "http://localhost:" + port;
    }

    /** A session logged in with the fixtures' password, on the start page. */
    public static HttpSession loggedIn(int port, String username) {
        HttpSession session = new HttpSession(port);
        HttpResponse<String> login = session.logIn(username, WebFixtures.PASSWORD);
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new AssertionError("Could not log in " + username + ": " + login.statusCode());
        }
        session.get("/");
        return session;
    }

    /** Logs in; returns the response to the login form. */
    public HttpResponse<String> logIn(String username, String password) {
        get("/login");
        return post("/login", Map.of("username", username, "password", password));
    }

    /** A whole page, as a browser loads it: keeps its CSRF token for the next post. */
    public HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(request(path, false).GET());
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        Matcher header = CSRF_HEADER.matcher(response.body());
        if (header.find()) {
            csrfHeader = header.group(1);
        }
        return response;
    }

    /** A GET as htmx makes it, for a fragment. */
    public HttpResponse<String> htmxGet(String path) {
        return send(request(path, true).GET());
    }

    /** Posts a form with the CSRF token of the last page. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        return post(path, Form.of(form));
    }

    /** Posts a form with the CSRF token of the last page as a hidden field. */
    public HttpResponse<String> post(String path, Form form) {
        return postRaw(path, form.copy().and("_csrf", csrf));
    }

    /** A form post as htmx makes it, the CSRF token in the header {@code cthub.js} copies from the page. */
    public HttpResponse<String> htmxPost(String path, Form form) {
        return send(formRequest(path, form, true).header(csrfHeader, csrf == null ? "" : csrf));
    }

    /**
     * Posts a multipart form as a browser uploads files: the CSRF token of the last page as a field, then each
     * file (name to content, in order) as a part named {@code fileField}.
     */
    public HttpResponse<String> postFiles(String path, String fileField, Map<String, byte[]> files) {
        String boundary = "cthub-test-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> text = part -> body.writeBytes(part.getBytes(StandardCharsets.UTF_8));
        text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                + (csrf == null ? "" : csrf) + "\r\n");
        files.forEach((name, content) -> {
            text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                    + "\"; filename=\"" + name + "\"\r\nContent-Type: text/csv\r\n\r\n");
            body.writeBytes(content);
            text.accept("\r\n");
        });
        text.accept("--" + boundary + "--\r\n");
        return send(request(path, false).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Posts a form exactly as given: without a CSRF token unless the test puts one in. */
    public HttpResponse<String> postRaw(String path, Map<String, String> form) {
        return postRaw(path, Form.of(form));
    }

    /** Posts a form exactly as given: without a CSRF token unless the test puts one in. */
    public HttpResponse<String> postRaw(String path, Form form) {
        return send(formRequest(path, form, false));
    }

    public String csrf() {
        return csrf;
    }

    /** A new form, to fill in order. */
    public static Form form() {
        return new Form();
    }

    private HttpRequest.Builder formRequest(String path, Form form, boolean htmx) {
        return request(path, htmx).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.encoded()));
    }

    private HttpRequest.Builder request(String path, boolean htmx) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html");
        return htmx ? builder.header("HX-Request", "true") : builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Form fields in order; a name may repeat, as a browser sends ticked checkboxes. Null values are left out. */
    public static final class Form {

        private final List<Map.Entry<String, String>> fields = new ArrayList<>();

        public static Form of(String name, String value) {
            return new Form().and(name, value);
        }

        public static Form of(Map<String, String> fields) {
            Form form = new Form();
            fields.forEach(form::and);
            return form;
        }

        public static Form empty() {
            return new Form();
        }

        public Form and(String name, String value) {
            if (value != null) {
                fields.add(Map.entry(name, value));
            }
            return this;
        }

        public Form add(String name, String value) {
            return and(name, value);
        }

        Form copy() {
            Form copy = new Form();
            copy.fields.addAll(fields);
            return copy;
        }

        String encoded() {
            return fields.stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        }
    }
}
