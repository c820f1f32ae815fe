package org.cthub.app.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * The public pages and downloads without an account: they render in three languages, list only published
 * releases, show no case-management navigation, and every download parses with the library its format is for.
 */
@WebTest
class HubPagesTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Releases releases;

    @Autowired
    Environment environment;

    private Path home;
    private int version;

    @BeforeEach
    void publish() {
        home = Path.of(environment.getProperty("CTHUB_HOME"));
        version = TestReleases.published(releases, home, 31);
    }

    @Test
    void everyPageRendersInThreeLanguagesWithoutAnAccount() throws Exception {
        List<List<String>> expected = List.of(
                List.of("/hub", "Trafficking cases identified by the collaborative",
                        "Casos de trata identificados por la colaboración", "Cas de traite identifiés par la collaboration"),
                List.of("/hub/data", "Download the data", "Descargar los datos", "Télécharger les données"),
                List.of("/hub/dictionary", "Data dictionary", "Diccionario de datos", "Dictionnaire des données"),
                List.of("/hub/methodology", "It is not a random sample", "No es una muestra aleatoria",
                        "Ce n&#39;est pas un échantillon aléatoire"),
                List.of("/hub/terms", "Creative Commons Attribution 4.0", "Creative Commons Atribución 4.0",
                        "Creative Commons Attribution 4.0 International"));
        List<String> languages = List.of("en", "es", "fr");
        for (List<String> page : expected) {
            for (int l = 0; l < 3; l++) {
                HttpResponse<String> response = get(page.get(0) + "?lang=" + languages.get(l));
                assertThat(response.statusCode()).as(page.get(0)).isEqualTo(200);
                assertThat(response.body()).as(page.get(0) + " " + languages.get(l)).contains(page.get(l + 1))
                        .contains("lang=\"" + languages.get(l) + "\"")
                        .doesNotContain("/inbox").doesNotContain("/cases").doesNotContain("logout")
                        .doesNotContain("??");
            }
        }
    }

    /** Found by review: an unknown release gave the confidential side's 500 page and wrote the request to the log. */
    @Test
    void anUnknownReleaseIsTheHubsOwnNotFoundPageAndEchoesNothing() throws Exception {
        for (String asked : List.of("x", "99999", "1%0AFORGED", "-1")) {
            for (String page : List.of("/hub", "/hub/dictionary")) {
                HttpResponse<String> response = get(page + "?release=" + asked);
                assertThat(response.statusCode()).as(page + " " + asked).isEqualTo(404);
                assertThat(response.body()).contains("No such release").doesNotContain("FORGED")
                        .doesNotContain("logout").doesNotContain("Exception");
                assertThat(response.headers().allValues("Set-Cookie")).as("no session for a visitor").isEmpty();
            }
        }
    }

    @Test
    void theApiIsPublicOnlyAtItsNamedPathsAndAnswersHead() throws Exception {
        HttpResponse<String> head = CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/releases")).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        HttpResponse<String> elsewhere = get("/api/v1/anything-else");
        assertThat(elsewhere.statusCode()).as("not public by accident").isIn(302, 401, 403);
    }

    /** Found by review: a file changed after its first check was served under the published checksum. */
    @Test
    void aFileChangedAfterPublicationIsRefusedNotServed() throws Exception {
        int changed = TestReleases.published(releases, home, 36);
        assertThat(get("/api/v1/releases/" + changed + "/files/data.csv").statusCode()).isEqualTo(200);
        java.nio.file.Path data = home.resolve(releases.published().stream().filter(r -> r.version() == changed)
                .findFirst().orElseThrow().folder()).resolve("data.csv");
        java.nio.file.Files.writeString(data, "tampered\n", java.nio.file.StandardOpenOption.APPEND);
        java.nio.file.Files.setLastModifiedTime(data, java.nio.file.attribute.FileTime.fromMillis(
                java.nio.file.Files.getLastModifiedTime(data).toMillis() + 5_000));

        HttpResponse<String> refused = get("/api/v1/releases/" + changed + "/files/data.csv");
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.body()).contains("RELEASE_UNAVAILABLE").doesNotContain("tampered");
    }

    /** A generated format is written once per release and then served from the hub's cache. */
    @Test
    void aGeneratedDownloadIsWrittenOnceIntoTheCache() throws Exception {
        HttpResponse<String> first = get("/api/v1/releases/" + version + "/download/json");
        assertThat(first.statusCode()).isEqualTo(200);
        java.nio.file.Path cache = home.resolve("hub-cache");
        List<java.nio.file.Path> cached;
        try (var files = java.nio.file.Files.list(cache)) {
            cached = files.filter(file -> file.getFileName().toString().startsWith("r" + version + "-")
                    && file.getFileName().toString().endsWith(".json")).toList();
        }
        assertThat(cached).hasSize(1);
        java.nio.file.attribute.FileTime written = java.nio.file.Files.getLastModifiedTime(cached.getFirst());
        HttpResponse<String> second = get("/api/v1/releases/" + version + "/download/json");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(java.nio.file.Files.getLastModifiedTime(cached.getFirst())).isEqualTo(written);
    }

    @Test
    void theLoginPageLinksToTheHub() throws Exception {
        assertThat(get("/login").body()).contains("href=\"/hub\"");
    }

    @Test
    void listsOnlyPublishedReleasesNewestFirst() throws Exception {
        long built = TestReleases.built(releases, home, 32);
        TestReleases.approved(releases, home, 33);
        List<Integer> publishedVersions = releases.published().stream().map(r -> r.version()).toList();

        String data = get("/hub/data").body();
        assertThat(versions(data, "id=\"release-(\\d+)\"")).as("newest first").isEqualTo(publishedVersions);
        String dashboard = get("/hub").body();
        assertThat(versions(dashboard, "<option value=\"(\\d+)\"")).isEqualTo(publishedVersions);
        assertThat(releases.find(built).orElseThrow().folder()).isNotBlank();
        assertThat(data).doesNotContain(releases.find(built).orElseThrow().folder());
        // every file of the newest release is listed with its checksum
        releases.published().getFirst().files().forEach(file -> assertThat(data).contains(file.sha256()));
        // and every version says what changed since the one before it (the oldest, that it is the first)
        assertThat(data).contains("Release notes: what changed", "No release has been published before");
        if (publishedVersions.size() > 1) {
            assertThat(data).contains("Compared with the published version " + publishedVersions.get(1) + ".");
        }
    }

    @Test
    void theDictionaryShowsHowManyRecordsHaveEachVariableWithoutSmallCounts() throws Exception {
        String page = get("/hub/dictionary?release=" + version).body();
        assertThat(page).contains("Gender of the victim").contains("#country+code+citizenship")
                .contains("#indicator+bool+exploitation+forced_labour");
        Matcher recorded = Pattern.compile("class=\"recorded-count\">([^<]*)<").matcher(page);
        int rows = 0;
        while (recorded.find()) {
            rows++;
            String text = recorded.group(1);
            Matcher numbers = Pattern.compile("([\\d,]+) of ([\\d,]+) records").matcher(text);
            if (numbers.matches()) {
                assertThat(Long.parseLong(numbers.group(1).replace(",", ""))).isGreaterThanOrEqualTo(11);
            } else {
                assertThat(text).isEqualTo("fewer than 11");
            }
        }
        assertThat(rows).as("11 variables of the file and the two regions CT Hub derives").isEqualTo(13);
        assertThat(page).contains("Region of citizenship").contains("derived by CT Hub from citizenship");
    }

    @Test
    void downloadsParseInEveryFormat() throws Exception {
        String base = "/api/v1/releases/" + version + "/download/";
        List<List<String>> file = csv(get("/api/v1/releases/" + version + "/files/data.csv").body());
        assertThat(file).hasSize(604);

        HttpResponse<String> csv = get(base + "csv");
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("attachment").contains("cthub-release-" + version + "-data.csv"));
        assertThat(csv(csv.body())).isEqualTo(file);
        String etag = csv.headers().firstValue("ETag").orElseThrow();
        assertThat(get(base + "csv", "If-None-Match", etag).statusCode()).isEqualTo(304);

        List<List<String>> hxl = csv(get(base + "hxl").body());
        assertThat(hxl.get(0)).isEqualTo(TestReleases.HEADER);
        assertThat(hxl.get(1)).hasSize(TestReleases.HEADER.size())
                .allSatisfy(tag -> assertThat(tag).matches(HxlTags.VALID))
                .contains("#country+code+citizenship", "#date+year+registered");
        assertThat(hxl.subList(2, hxl.size())).isEqualTo(file.subList(1, file.size()));

        JsonNode json = JSON.readTree(get(base + "json").body());
        assertThat(json.get("release").asInt()).isEqualTo(version);
        List<String> columns = new ArrayList<>();
        json.get("columns").forEach(c -> columns.add(c.asString()));
        assertThat(columns).isEqualTo(TestReleases.HEADER);
        assertThat(json.get("rows").size()).isEqualTo(603);
        assertThat(json.get("rows").get(0).get(columns.indexOf("citizenship")).asString())
                .isEqualTo(file.get(1).get(columns.indexOf("citizenship")));

        HttpResponse<byte[]> xlsx = CLIENT.send(request(base + "xlsx").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("spreadsheetml"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheet("data");
            assertThat(sheet.getLastRowNum()).isEqualTo(603);
            DataFormatter formatter = new DataFormatter();
            for (int r : new int[] {0, 1, 602, 603}) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < TestReleases.HEADER.size(); c++) {
                    cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
                }
                assertThat(cells).as("row %d", r).isEqualTo(file.get(r));
            }
            assertThat(workbook.getSheet("about").getRow(0).getCell(1).getStringCellValue()).isEqualTo(String.valueOf(version));
        }

        String terms = get(base + "terms").body();
        assertThat(terms).contains("CC BY 4.0").contains("release " + version).contains("not a random sample");
        HttpResponse<String> unknown = get(base + "parquet");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).get("error").get("code").asString()).isEqualTo("UNKNOWN_FORMAT");
    }

    @Test
    void downloadsOfUnpublishedReleasesAreRefused() throws Exception {
        TestReleases.approved(releases, home, 34);
        int next = releases.published().getFirst().version() + 1;
        for (String format : List.of("csv", "xlsx", "json", "hxl", "terms")) {
            assertThat(get("/api/v1/releases/" + next + "/download/" + format).statusCode()).as(format).isEqualTo(404);
        }
    }

    private static List<Integer> versions(String page, String regex) {
        List<Integer> found = new ArrayList<>();
        Matcher matcher = Pattern.compile(regex).matcher(page);
        while (matcher.find()) {
            found.add(Integer.parseInt(matcher.group(1)));
        }
        return found;
    }

    private static List<List<String>> csv(String text) throws Exception {
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords().stream().map(CSVRecord::toList).toList();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = request(path);
        for (int h = 0; h < headers.length; h += 2) {
            request.header(headers[h], headers[h + 1]);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
