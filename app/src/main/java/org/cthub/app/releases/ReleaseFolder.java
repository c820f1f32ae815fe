package org.cthub.app.releases;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.cthub.privacy.Table;
import org.cthub.privacy.check.ReleaseCheck;
import org.cthub.standard.ctdc.Ctdc2024Record;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a release folder and checks it. The check reads {@code data.csv} back from disk and runs
 * {@link ReleaseCheck} on it. Only a release that passes gets a {@code MANIFEST}; one that fails gets
 * {@code FAILED}, loses its data and aggregates files, and is not publishable.
 */
final class ReleaseFolder {

    static final String DATA = "data.csv";
    static final String AGGREGATES = "aggregates.csv";
    static final String MANIFEST = "MANIFEST";
    static final String FAILED = "FAILED";

    /** A written folder and its check. */
    record Outcome(Path folder, Release release, ReleaseCheck.Report check) {

        boolean publishable() {
            return isPublishable(folder);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private ReleaseFolder() {
    }

    /** @throws ReleaseRefusedException when {@code out} exists and is not an empty folder */
    static void requireEmpty(Path out) {
        if (!Files.exists(out)) {
            return;
        }
        try (Stream<Path> entries = Files.list(out)) {
            if (entries.findAny().isPresent()) {
                throw new ReleaseRefusedException("The output folder " + out + " is not empty; choose a new --out",
                        ReleaseRefusedException.Why.OUTPUT);
            }
        } catch (IOException e) {
            throw new ReleaseRefusedException("The output " + out + " is not a folder that can be listed",
                    ReleaseRefusedException.Why.OUTPUT);
        }
    }

    /** A folder is publishable when it has a manifest and no FAILED mark. */
    static boolean isPublishable(Path folder) {
        return Files.isRegularFile(folder.resolve(MANIFEST)) && !Files.exists(folder.resolve(FAILED));
    }

    static Outcome write(Path out, Release release) {
        requireEmpty(out);
        try {
            Files.createDirectories(out);
            writeData(out.resolve(DATA), release.data().data());
            writeAggregates(out.resolve(AGGREGATES), release.aggregates());
            ReleaseCheck.Report check = ReleaseCheck.check(readData(out.resolve(DATA)),
                    new ReleaseCheck.Specification(Set.copyOf(Ctdc2024Record.header()), QuasiIdentifier.columns(),
                            release.data().promisedK()), Optional.of(release.budget()));
            Files.writeString(out.resolve("codebook.md"), Codebook.markdown(release));
            JSON.writeValue(out.resolve("codebook.json").toFile(), Codebook.json(release));
            JSON.writeValue(out.resolve("report.json").toFile(), ReleaseReport.of(release, check));
            Files.writeString(out.resolve("report.html"), ReportPage.html(release, check));
            Files.writeString(out.resolve("NOTES.md"), ReleaseNotes.markdown(release, check.passed()));
            JSON.writeValue(out.resolve("CHECK.json").toFile(), ReleaseReport.check(check));
            if (check.passed()) {
                writeManifest(out);
            } else {
                markFailed(out, check.problems().stream().map(p -> p.code() + " " + p.message()).toList());
            }
            return new Outcome(out, release, check);
        } catch (IOException e) {
            markFailed(out, List.of("Unable to write the release: " + e.getMessage()));
            throw new UncheckedIOException("Unable to write the release folder " + out, e);
        } catch (RuntimeException e) {
            markFailed(out, List.of("Unable to write the release: " + e.getClass().getSimpleName()));
            throw e;
        }
    }

    /** Marks a folder as not publishable: FAILED with the reasons, no manifest, no data. */
    static void markFailed(Path out, List<String> reasons) {
        try {
            Files.createDirectories(out);
            Files.deleteIfExists(out.resolve(MANIFEST));
            Files.deleteIfExists(out.resolve(DATA));
            Files.deleteIfExists(out.resolve(AGGREGATES));
            Files.writeString(out.resolve(FAILED), "This release failed and must not be published.\n"
                    + String.join("\n", reasons) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Unable to mark the release folder " + out + " as failed", e);
        }
    }

    private static void writeData(Path file, Table data) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSV)) {
            printer.printRecord(data.columns());
            for (List<String> row : data.rows()) {
                printer.printRecord(row);
            }
        }
    }

    /** Reads a data file back as the check sees it: header and string cells, nothing interpreted. */
    static Table readData(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<CSVRecord> records = CSV.parse(reader).getRecords();
            List<String> header = records.isEmpty() ? List.of() : records.getFirst().toList();
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : records.subList(Math.min(1, records.size()), records.size())) {
                rows.add(record.toList());
            }
            return new Table(header, rows);
        }
    }

    private static void writeAggregates(Path file, ReleaseAggregates.Result aggregates) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSV)) {
            printer.printRecord("table", "first", "second", "noisy_count", "epsilon", "sensitivity");
            for (ReleaseAggregates.Cell cell : aggregates.cells()) {
                ReleaseAggregates.Share share = aggregates.shares().stream()
                        .filter(s -> s.table().equals(cell.table())).findFirst().orElseThrow();
                printer.printRecord(cell.table(), cell.first(), cell.second(), cell.noisyCount(),
                        share.epsilon().toPlainString(), share.sensitivity());
            }
        }
    }

    private static void writeManifest(Path out) throws IOException {
        StringBuilder manifest = new StringBuilder();
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.sorted().toList()) {
                manifest.append(sha256(file)).append("  ").append(file.getFileName()).append('\n');
            }
        }
        Files.writeString(out.resolve(MANIFEST), manifest);
    }

    static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (var in = Files.newInputStream(file)) {
                byte[] buffer = new byte[1 << 16];
                for (int read; (read = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, read);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
