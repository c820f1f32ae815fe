package org.cthub.app.cases;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cthub.app.web.WebFixtures;

/** Downloads files as bytes, logged in as an account: {@link org.cthub.app.web.HttpSession} reads text only. */
final class Download {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    private Download(int port) {
        this.base = "http://localhost:" + port;
    }

    static Download as(int port, String username) throws IOException, InterruptedException {
        Download download = new Download(port);
        String login = download.client.send(HttpRequest.newBuilder(URI.create(download.base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(login);
        token.find();
        String form = "username=" + encode(username) + "&password=" + encode(WebFixtures.PASSWORD) + "&_csrf="
                + encode(token.group(1));
        download.client.send(HttpRequest.newBuilder(URI.create(download.base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        return download;
    }

    HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
