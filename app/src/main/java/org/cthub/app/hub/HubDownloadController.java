package org.cthub.app.hub;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.cthub.store.releases.DataRelease;
import org.cthub.store.releases.ReleaseFile;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/v1/releases/{version}/download/{format}}: a published release's data as CSV (the file as
 * published), XLSX, JSON or HXL-tagged CSV, and its terms of use. The other formats are written once per release
 * from the published {@code data.csv} after its checksum was checked ({@link PublishedData#file}), kept in the
 * hub's cache folder (a release never changes) and served from there: writing a million-row workbook costs most
 * of a minute of CPU, which no anonymous request may cost twice. The ETag names the version, the format and the
 * file's checksum.
 */
@RestController
@RequestMapping(path = "/api/v1")
@CrossOrigin(origins = "*", methods = RequestMethod.GET, maxAge = 86400)
class HubDownloadController {

    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PublishedData published;

    HubDownloadController(PublishedData published) {
        this.published = published;
    }

    @GetMapping(path = "/releases/{version}/download/{format}", produces = MediaType.ALL_VALUE)
    ResponseEntity<StreamingResponseBody> download(@PathVariable String version, @PathVariable String format,
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        DataRelease release = published.find(version);
        DownloadFormat chosen = DownloadFormat.of(format).orElseThrow(() -> new ApiProblem(
                ApiProblem.Code.UNKNOWN_FORMAT, "Formats are csv, xlsx, json, hxl and terms"));
        Path data = published.file(release, PublishedData.DATA);
        ReleaseFile file = release.files().stream().filter(f -> f.name().equals(PublishedData.DATA)).findFirst()
                .orElseThrow();
        String etag = "\"r" + release.version() + "-" + chosen.urlName() + "-" + file.sha256().substring(0, 16) + "\"";
        if (etag.equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        Path served = chosen == DownloadFormat.CSV ? data : generated(release, file, chosen, data);
        StreamingResponseBody body = out -> Files.copy(served, out);
        return ResponseEntity.ok().eTag(etag).cacheControl(CACHE).contentType(MediaType.parseMediaType(chosen.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(release, "data." + chosen.extension()))
                .body(body);
    }

    /** Excel's limit: a sheet holds 1,048,576 rows, the header included. */
    static final int XLSX_ROWS = 1_048_576;

    private static final Object GENERATING = new Object();

    /** The format's file in the cache, written once (to a temporary name, then moved into place). */
    private Path generated(DataRelease release, ReleaseFile file, DownloadFormat format, Path data) {
        Path cached = published.cache().resolve("r" + release.version() + "-" + file.sha256().substring(0, 16) + "."
                + format.urlName());
        synchronized (GENERATING) {
            if (Files.isRegularFile(cached)) {
                return cached;
            }
            if (format == DownloadFormat.XLSX && release.records() >= XLSX_ROWS) {
                throw new ApiProblem(ApiProblem.Code.TOO_MANY_ROWS_FOR_FORMAT, "Release " + release.version()
                        + " has more rows than a spreadsheet holds; download it as CSV or JSON");
            }
            Path partial = cached.resolveSibling(cached.getFileName() + ".partial");
            try {
                Files.createDirectories(cached.getParent());
                try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(partial))) {
                    switch (format) {
                        case HXL -> hxl(data, out);
                        case JSON -> json(release, data, out);
                        case XLSX -> xlsx(release, data, out);
                        default -> throw new IllegalStateException("CSV is served as published");
                    }
                }
                Files.move(partial, cached, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                return cached;
            } catch (IOException | RuntimeException e) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // The next request writes it again.
                }
                throw new ApiProblem(ApiProblem.Code.RELEASE_UNAVAILABLE, "Release " + release.version()
                        + " cannot be written as " + format.urlName() + " just now");
            }
        }
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<Map<String, Object>> refused(ApiProblem problem) {
        return HubApiController.error(problem.code().status(), problem.code().name(), problem.getMessage());
    }

    @GetMapping(path = "/releases/{version}/download/terms", produces = MediaType.ALL_VALUE)
    ResponseEntity<String> terms(@PathVariable String version) {
        DataRelease release = published.find(version);
        String text = Terms.text(release);
        return ResponseEntity.ok().cacheControl(CACHE).contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(release, "TERMS.txt")).body(text);
    }

    private static String attachment(DataRelease release, String name) {
        return ContentDisposition.attachment().filename("cthub-release-" + release.version() + "-" + name,
                StandardCharsets.UTF_8).build().toString();
    }

    /** The header, then HXL's hashtag row, then the data: the layout HXL tools read (hxlstandard.org 1.1, s4). */
    private static void hxl(Path data, OutputStream out) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        CSVPrinter printer = new CSVPrinter(writer, CSV);
        DataFiles.read(data, header -> print(printer, header, HxlTags.tags(header)), row -> print(printer, row));
        printer.flush();
    }

    /** {@code {"release": 3, "columns": [...], "rows": [[...], ...]}}: every cell a string, as in the CSV. */
    private static void json(DataRelease release, Path data, OutputStream out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberProperty("release", release.version());
            json.writeStringProperty("published", release.publishedAt().toString());
            json.writeStringProperty("terms", Terms.SHORT);
            DataFiles.read(data, header -> {
                json.writeName("columns");
                json.writeStartArray();
                header.forEach(json::writeString);
                json.writeEndArray();
                json.writeName("rows");
                json.writeStartArray();
            }, row -> {
                json.writeStartArray();
                row.forEach(json::writeString);
                json.writeEndArray();
            });
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /** Streams through POI's SXSSF (100 rows in memory); a second sheet says what the file is and its terms. */
    private static void xlsx(DataRelease release, Path data, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            SXSSFSheet sheet = workbook.createSheet("data");
            int[] next = {0};
            DataFiles.read(data, header -> cells(sheet.createRow(next[0]++), header),
                    row -> cells(sheet.createRow(next[0]++), row));
            SXSSFSheet about = workbook.createSheet("about");
            cells(about.createRow(0), List.of("CT Hub release", String.valueOf(release.version())));
            cells(about.createRow(1), List.of("Published", release.publishedAt().toString()));
            cells(about.createRow(2), List.of("Method", release.method() + " " + release.parameters()));
            cells(about.createRow(3), List.of("Terms of use", Terms.SHORT));
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static void cells(Row row, List<String> values) {
        for (int c = 0; c < values.size(); c++) {
            row.createCell(c).setCellValue(values.get(c));
        }
    }

    private static void print(CSVPrinter printer, List<String> header, List<String> tags) {
        print(printer, header);
        print(printer, tags);
    }

    private static void print(CSVPrinter printer, List<String> cells) {
        try {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
