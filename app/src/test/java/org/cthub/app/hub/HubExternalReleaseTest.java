package org.cthub.app.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.cthub.app.releases.ReleaseCommand;
import org.cthub.app.web.WebTest;
import org.cthub.store.releases.Releases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * CTDC's victim-perpetrator sample added with {@code cthub release add-external} into the running server's home and
 * store, approved and published: the API reads it in its own layout, with threshold 11 and the codebook's meanings,
 * and the dashboard offers the region map and the region-to-region flows.
 */
@WebTest
class HubExternalReleaseTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path SAMPLE = Path.of("..", "opendata", "src", "test", "resources", "ctdc-vp-2022-sample.csv");

    @LocalServerPort
    int port;

    @Autowired
    Releases releases;

    @Autowired
    Environment environment;

    @Test
    @SuppressWarnings("unchecked")
    void anExternalReleaseIsServedInItsOwnLayoutOncePublished() throws Exception {
        Path home = Path.of(environment.getProperty("CTHUB_HOME"));
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new ReleaseCommand());
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(new StringWriter()));
        assertThat(command.execute("add-external", SAMPLE.toString(), "--layout", "ctdc-vp-2022", "--home",
                home.toString(), "--json")).isZero();
        long id = ((Number) JSON.readValue(out.toString(), Map.class).get("release_id")).longValue();

        assertThat(JSON.readTree(get("/api/v1/releases").body()).findValuesAsString("method"))
                .as("not public before it is published").doesNotContain("external");
        releases.approve(id, "hub-test");
        int version = releases.publish(id, "hub-test-admin", home);

        JsonNode release = JSON.readTree(get("/api/v1/releases/" + version).body());
        assertThat(release.get("method").asString()).isEqualTo("external");
        assertThat(release.get("threshold").asInt()).isEqualTo(11);
        assertThat(release.get("records").asLong()).isEqualTo(400);

        JsonNode variables = JSON.readTree(get("/api/v1/releases/" + version + "/variables").body()).get("variables");
        JsonNode region = null;
        for (JsonNode variable : variables) {
            if (variable.get("name").asString().equals("UN_COO_Region")) {
                region = variable;
            }
        }
        assertThat(region).isNotNull();
        assertThat(region.get("meaning").asString()).isEqualTo("UN region of the victim's citizenship");
        assertThat(variables.findValuesAsString("name")).doesNotContain("citizenshipRegion");

        JsonNode flows = JSON.readTree(get("/api/v1/releases/" + version
                + "/counts?by=UN_COO_Region&by2=UN_COE_Region").body());
        assertThat(flows.get("protection").get("threshold").asInt()).isEqualTo(11);
        flows.findValues("count").forEach(count -> assertThat(count.asLong()).isGreaterThanOrEqualTo(11));
        assertThat(flows.get("cells").size()).isPositive();

        String page = get("/hub?release=" + version + "&lang=en").body();
        assertThat(page).contains("&quot;id&quot;:&quot;map&quot;,&quot;type&quot;:&quot;map&quot;,"
                + "&quot;variable&quot;:&quot;UN_COO_Region&quot;")
                .contains("&quot;variable&quot;:&quot;UN_COO_Region&quot;,&quot;second&quot;:&quot;UN_COE_Region&quot;")
                .contains("&quot;UN_COO_Region&quot;:&quot;region&quot;");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
