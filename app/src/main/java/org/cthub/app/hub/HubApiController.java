package org.cthub.app.hub;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cthub.opendata.Answer;
import org.cthub.opendata.OpenRelease;
import org.cthub.opendata.ProtectedCount;
import org.cthub.opendata.Query;
import org.cthub.opendata.QueryException;
import org.cthub.opendata.Variable;
import org.cthub.store.releases.DataRelease;
import org.cthub.store.releases.ReleaseFile;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public API over published releases: no login, GET only, any origin. Every count goes through the release's
 * {@link OpenRelease}; every answer of a release carries the release's strong ETag, so a client or a cache asks
 * again with {@code If-None-Match} and gets 304 until a new version is published.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@CrossOrigin(origins = "*", methods = RequestMethod.GET, maxAge = 86400)
class HubApiController {

    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final PublishedData published;

    HubApiController(PublishedData published) {
        this.published = published;
    }

    @GetMapping("/releases")
    ResponseEntity<Map<String, Object>> releases(@RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        List<DataRelease> releases = published.published();
        String etag = "\"list-" + Integer.toHexString(Objects.hash(releases.stream().map(DataRelease::version).toList()))
                + "\"";
        if (etag.equals(ifNoneMatch)) {
            return notModified(etag);
        }
        List<Map<String, Object>> list = new ArrayList<>();
        releases.forEach(release -> list.add(summary(release)));
        return ResponseEntity.ok().eTag(etag).cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic())
                .body(Map.of("releases", list));
    }

    @GetMapping("/releases/{version}")
    ResponseEntity<Map<String, Object>> release(@PathVariable String version,
                                                @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        PublishedData.Loaded loaded = published.load(published.find(version));
        if (loaded.etag().equals(ifNoneMatch)) {
            return notModified(loaded.etag());
        }
        Map<String, Object> body = summary(loaded.release());
        List<Map<String, Object>> files = new ArrayList<>();
        for (ReleaseFile file : loaded.release().files()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", file.name());
            entry.put("bytes", file.bytes());
            entry.put("sha256", file.sha256());
            entry.put("url", base(loaded.release()) + "/files/" + URLEncoder.encode(file.name(), StandardCharsets.UTF_8));
            files.add(entry);
        }
        body.put("files", files);
        return ok(loaded.etag(), body);
    }

    @GetMapping("/releases/{version}/variables")
    ResponseEntity<Map<String, Object>> variables(@PathVariable String version,
                                                  @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        PublishedData.Loaded loaded = published.load(published.find(version));
        if (loaded.etag().equals(ifNoneMatch)) {
            return notModified(loaded.etag());
        }
        Map<String, Map<String, Object>> codebook = new LinkedHashMap<>();
        loaded.codebook().forEach(entry -> codebook.put(String.valueOf(entry.get("column")), entry));
        List<Map<String, Object>> variables = new ArrayList<>();
        for (Variable variable : loaded.open().variables()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", variable.name());
            entry.put("kind", variable.kind().name());
            entry.put("values", variable.values());
            Map<String, Object> described = codebook.get(variable.name());
            if (described != null) {
                entry.put("meaning", described.get("meaning"));
                entry.put("codebook", described.get("values"));
            } else {
                Map<String, Object> meanings = new LinkedHashMap<>();
                variable.values().forEach(value -> {
                    Map<String, Object> flag = codebook.get(value);
                    if (flag != null) {
                        meanings.put(value, flag.get("meaning"));
                    }
                });
                if (!meanings.isEmpty()) {
                    entry.put("value_meanings", meanings);
                }
            }
            variables.add(entry);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("release", loaded.release().version());
        body.put("not_recorded", Query.NOT_RECORDED);
        body.put("protection", protection(loaded.open()));
        body.put("variables", variables);
        return ok(loaded.etag(), body);
    }

    @GetMapping("/releases/{version}/counts")
    ResponseEntity<Map<String, Object>> counts(@PathVariable String version,
                                               @RequestParam MultiValueMap<String, String> parameters,
                                               @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        PublishedData.Loaded loaded = published.load(published.find(version));
        Query query = CountsRequest.parse(parameters, loaded.open().variables());
        if (loaded.etag().equals(ifNoneMatch)) {
            return notModified(loaded.etag());
        }
        Answer answer = loaded.open().answer(query);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("release", loaded.release().version());
        body.put("query", CountsRequest.describe(query));
        body.put("protection", protection(loaded.open()));
        body.put("total", count(answer.total()));
        Map<String, Object> recorded = new LinkedHashMap<>();
        answer.recorded().forEach(r -> recorded.put(r.variable(), count(r.count())));
        body.put("recorded", recorded);
        List<Map<String, Object>> cells = new ArrayList<>();
        for (Answer.Cell cell : answer.cells()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            for (int v = 0; v < answer.groupBy().size(); v++) {
                entry.put(answer.groupBy().get(v), cell.values().get(v));
            }
            entry.putAll(count(cell.count()));
            cells.add(entry);
        }
        body.put("cells", cells);
        if (answer.groupBy().size() == 2) {
            body.put("unlisted_cells", Map.of("fewer_than", answer.threshold()));
        }
        return ok(loaded.etag(), body);
    }

    @GetMapping(path = "/releases/{version}/files/{name}", produces = MediaType.ALL_VALUE)
    ResponseEntity<Resource> file(@PathVariable String version, @PathVariable String name,
                                  @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        DataRelease release = published.find(version);
        Path file = published.file(release, name);
        String etag = "\"" + release.files().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow()
                .sha256() + "\"";
        if (etag.equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(CACHE).contentType(mediaType(name))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("cthub-release-" + release.version() + "-" + name, StandardCharsets.UTF_8).build().toString())
                .body(new FileSystemResource(file));
    }

    @GetMapping("/openapi.json")
    ResponseEntity<byte[]> openApi() throws IOException {
        try (InputStream document = HubApiController.class.getResourceAsStream("/hub/openapi.json")) {
            return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                    .contentType(MediaType.APPLICATION_JSON).body(Objects.requireNonNull(document).readAllBytes());
        }
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<Map<String, Object>> refused(ApiProblem problem) {
        return error(problem.code().status(), problem.code().name(), problem.getMessage());
    }

    @ExceptionHandler(QueryException.class)
    ResponseEntity<Map<String, Object>> refused(QueryException problem) {
        return error(HttpStatus.BAD_REQUEST, problem.code().name(), problem.getMessage());
    }

    static ResponseEntity<Map<String, Object>> error(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", Map.of("code", code, "status", status.value(), "message", message)));
    }

    private static Map<String, Object> summary(DataRelease release) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("version", release.version());
        summary.put("published", release.publishedAt().toString());
        summary.put("method", release.method());
        summary.put("parameters", release.parameters());
        summary.put("records", release.records());
        summary.put("threshold", PublishedData.threshold(release));
        String base = base(release);
        summary.put("links", Map.of("self", base, "variables", base + "/variables", "counts", base + "/counts",
                "data", base + "/files/" + PublishedData.DATA));
        return summary;
    }

    private static Map<String, Object> protection(OpenRelease release) {
        Map<String, Object> protection = new LinkedHashMap<>();
        protection.put("threshold", release.protection().threshold());
        protection.put("method", "cell key perturbation");
        protection.put("epsilon_per_cell", release.protection().epsilon());
        protection.put("note", "Counts under the threshold are shown as fewer_than. Every other count is perturbed "
                + "by a small amount, the same each time the same records are counted, so counts do not add up "
                + "exactly.");
        return protection;
    }

    private static Map<String, Object> count(ProtectedCount count) {
        return switch (count) {
            case ProtectedCount.Shown shown -> Map.of("count", shown.value());
            case ProtectedCount.FewerThan fewer -> Map.of("fewer_than", fewer.threshold());
        };
    }

    private static String base(DataRelease release) {
        return "/api/v1/releases/" + release.version();
    }

    private static MediaType mediaType(String name) {
        if (name.endsWith(".csv")) {
            return new MediaType("text", "csv", StandardCharsets.UTF_8);
        }
        if (name.endsWith(".json")) {
            return MediaType.APPLICATION_JSON;
        }
        if (name.endsWith(".md") || name.equals("MANIFEST")) {
            return new MediaType("text", "plain", StandardCharsets.UTF_8);
        }
        // report.html carries its own inline styles: a download, never a page of this site
        return MediaType.APPLICATION_OCTET_STREAM;
    }

    private static <T> ResponseEntity<T> ok(String etag, T body) {
        return ResponseEntity.ok().eTag(etag).cacheControl(CACHE).body(body);
    }

    private static <T> ResponseEntity<T> notModified(String etag) {
        return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
    }
}
