package org.cthub.app.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cthub.app.web.WebTest;
import org.cthub.store.releases.Releases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public API end to end, without an account, over releases recorded and published through the store. The
 * server is shared by every web test, so versions are those this class published, never assumed.
 */
@WebTest
class HubApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Releases releases;

    @Autowired
    Environment environment;

    @Autowired
    PublishedData published;

    private Path home;
    private int version;

    @BeforeEach
    void publish() {
        home = Path.of(environment.getProperty("CTHUB_HOME"));
        version = TestReleases.published(releases, home, 11);
    }

    @Test
    void listsAndDescribesPublishedReleasesWithoutAnAccount() throws Exception {
        HttpResponse<String> list = get("/api/v1/releases");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        List<Integer> versions = new ArrayList<>();
        json(list).get("releases").forEach(r -> versions.add(r.get("version").asInt()));
        assertThat(versions).contains(version);

        JsonNode release = json(get("/api/v1/releases/" + version));
        assertThat(release.get("threshold").asInt()).isEqualTo(11);
        assertThat(release.get("files").findValuesAsString("name")).contains("data.csv", "codebook.json");

        JsonNode variables = json(get("/api/v1/releases/" + version + "/variables"));
        JsonNode gender = find(variables.get("variables"), "gender");
        assertThat(gender.get("kind").asString()).isEqualTo("CATEGORY");
        assertThat(gender.get("meaning").asString()).isEqualTo("Gender of the victim");
        JsonNode types = find(variables.get("variables"), "typeOfExploitation");
        assertThat(types.get("kind").asString()).isEqualTo("FLAGS");
        assertThat(types.get("value_meanings").get("isForcedLabour").asString()).isEqualTo("Exploited in forced labour");
    }

    @Test
    void countsShowNothingUnderTheThresholdNorTheSmallCellByDifference() throws Exception {
        String base = "/api/v1/releases/" + version + "/counts";
        JsonNode byCitizenship = json(get(base + "?by=citizenship"));
        assertThat(cell(byCitizenship, "citizenship", "MDA").get("fewer_than").asInt()).isEqualTo(11);
        assertThat(cell(byCitizenship, "citizenship", "MDA").has("count")).isFalse();
        assertThat(byCitizenship.get("recorded").get("citizenship").has("count")).isTrue();
        for (String query : List.of("?by=citizenship", "?by=citizenship&by2=gender", "?citizenship=MDA",
                "?by=typeOfExploitation&citizenship=MDA", "?by=gender&by2=typeOfExploitation&from=2015&to=2019",
                "?citizenship=UKR&citizenship=MDA", "?citizenship=UKR")) {
            everyCountAtLeastTheThreshold(json(get(base + query)));
        }
        // differencing published counts is measured in opendata's DifferencingAttackTest; here: the same question
        // gets the same answer, so asking again cannot average the noise away
        assertThat(get(base + "?by=citizenship").body()).as("the same question, the same answer")
                .isEqualTo(get(base + "?by=citizenship").body());
    }

    @Test
    void unpublishedReleasesAreNotReachable() throws Exception {
        long built = TestReleases.built(releases, home, 21);
        long approved = TestReleases.approved(releases, home, 22);
        int highest = json(get("/api/v1/releases/latest")).get("version").asInt();
        java.util.Set<Integer> publishedVersions = new java.util.HashSet<>();
        releases.published().forEach(r -> publishedVersions.add(r.version()));
        for (int v = 1; v <= highest + 3; v++) {
            int status = get("/api/v1/releases/" + v + "/counts").statusCode();
            // 503: a published release another test tampered with on disk, refused as it should be.
            if (publishedVersions.contains(v)) {
                assertThat(status).as("version %d", v).isIn(200, 503);
            } else {
                assertThat(status).as("version %d", v).isEqualTo(404);
            }
        }
        for (long id : List.of(built, approved)) {
            assertThat(releases.find(id).orElseThrow().version()).isNull();
            assertThatThrownBy(() -> published.load(releases.find(id).orElseThrow()))
                    .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.code()).isEqualTo(ApiProblem.Code.RELEASE_NOT_FOUND));
        }
        HttpResponse<String> missing = get("/api/v1/releases/" + (highest + 1));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).get("error").get("code").asString()).isEqualTo("RELEASE_NOT_FOUND");
    }

    @Test
    void downloadsOnlyTheFilesTheReleaseRecorded() throws Exception {
        HttpResponse<String> data = get("/api/v1/releases/" + version + "/files/data.csv");
        assertThat(data.statusCode()).isEqualTo(200);
        assertThat(data.body()).startsWith(String.join(",", TestReleases.HEADER));
        assertThat(data.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("attachment"));
        String etag = data.headers().firstValue("ETag").orElseThrow();
        assertThat(get("/api/v1/releases/" + version + "/files/data.csv", "If-None-Match", etag).statusCode())
                .isEqualTo(304);
        for (String name : List.of("hub.secret", "..%2F..%2Fhub.secret", "..%2Fhub.secret", "cthub.keys")) {
            HttpResponse<String> refused = get("/api/v1/releases/" + version + "/files/" + name);
            assertThat(refused.statusCode()).as(name).isIn(400, 404);
            assertThat(refused.body()).doesNotContain(HubSecret.FILE + "\n");
        }
        assertThat(json(get("/api/v1/releases/" + version + "/files/hub.secret")).get("error").get("code").asString())
                .isEqualTo("FILE_NOT_FOUND");
    }

    @Test
    void answersWithEtagsCorsAndStableErrorCodes() throws Exception {
        String url = "/api/v1/releases/" + version + "/counts?by=gender";
        HttpResponse<String> first = get(url, "Origin", "https://journalist.example");
        assertThat(first.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("\"r" + version + "-");
        assertThat(get(url, "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(get("/api/v1/releases/" + version + "/variables", "If-None-Match", etag).statusCode()).isEqualTo(304);

        assertError("/api/v1/releases/" + version + "/counts?by=nationality", 400, "UNKNOWN_VARIABLE");
        assertError("/api/v1/releases/" + version + "/counts?nationality=UKR", 400, "UNKNOWN_VARIABLE");
        assertError("/api/v1/releases/" + version + "/counts?gender=Robot", 400, "UNKNOWN_VALUE");
        assertError("/api/v1/releases/" + version + "/counts?from=20x5", 400, "BAD_YEAR");
        assertError("/api/v1/releases/" + version + "/counts?from=2019&to=2015", 400, "BAD_YEAR_RANGE");
        assertError("/api/v1/releases/" + version + "/counts?by=gender&by2=gender", 400, "SAME_GROUP_TWICE");
        assertError("/api/v1/releases/banana", 404, "RELEASE_NOT_FOUND");

        HttpResponse<String> post = CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + url))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).as("only GET is public").isNotEqualTo(200);
    }

    @Test
    void servesItsOpenApiDocument() throws Exception {
        JsonNode document = json(get("/api/v1/openapi.json"));
        assertThat(document.get("openapi").asString()).startsWith("3.");
        assertThat(document.get("paths").propertyNames()).contains("/api/v1/releases",
                "/api/v1/releases/{version}/counts", "/api/v1/releases/{version}/files/{name}");
        List<String> codes = new ArrayList<>();
        document.at("/components/schemas/Error/properties/error/properties/code/enum").forEach(c -> codes.add(c.asString()));
        assertThat(codes).containsExactlyInAnyOrder(java.util.Arrays.stream(ApiProblem.Code.values()).map(Enum::name)
                .toArray(String[]::new));
    }

    private void assertError(String path, int status, String code) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        assertThat(json(response).get("error").get("code").asString()).as(path).isEqualTo(code);
    }

    private static void everyCountAtLeastTheThreshold(JsonNode answer) {
        for (JsonNode count : answer.findValues("count")) {
            assertThat(count.asLong()).isGreaterThanOrEqualTo(11);
        }
        for (JsonNode fewer : answer.findValues("fewer_than")) {
            assertThat(fewer.asInt()).isEqualTo(11);
        }
    }

    private static JsonNode cell(JsonNode answer, String variable, String value) {
        for (JsonNode cell : answer.get("cells")) {
            if (cell.get(variable).asString().equals(value)) {
                return cell;
            }
        }
        throw new AssertionError("No cell " + value);
    }

    private static JsonNode find(JsonNode variables, String name) {
        for (JsonNode variable : variables) {
            if (variable.get("name").asString().equals(name)) {
                return variable;
            }
        }
        throw new AssertionError("No variable " + name);
    }

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        for (int h = 0; h < headers.length; h += 2) {
            request.header(headers[h], headers[h + 1]);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
