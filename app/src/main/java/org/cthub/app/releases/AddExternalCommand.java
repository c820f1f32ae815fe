package org.cthub.app.releases;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.cthub.app.cli.Store;
import org.cthub.app.cli.StoreOptions;
import org.cthub.opendata.ReleaseData;
import org.cthub.store.StoreException;
import org.cthub.store.audit.AuditEvent;
import org.cthub.store.audit.AuditLog;
import org.cthub.store.releases.Checksums;
import org.cthub.store.releases.NewRelease;
import org.cthub.store.releases.Releases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code cthub release add-external}: a dataset someone else already anonymised and published (CTDC's
 * victim-perpetrator synthetic dataset) as a release of the hub. Its file is copied unchanged as {@code data.csv},
 * with a codebook and notes that say where it comes from, and recorded as {@code BUILT} with the method
 * {@code external}: a data manager approves it and an administrator publishes it, as any release. CT Hub draws no
 * noise for it, so nothing is charged to the privacy budget; its protection is its publisher's, and the hub's
 * small-cell protection applies to its counts as to every release's (threshold: {@code --k}, else 11).
 */
@Command(name = "add-external", mixinStandardHelpOptions = true,
        description = {"Adds a dataset already anonymised and published by someone else (CTDC's victim-perpetrator "
                + "synthetic dataset, layout ctdc-vp-2022) as a release for the public hub: data.csv (the file, "
                + "unchanged), codebook, NOTES.md and MANIFEST, recorded for a data manager's approval.",
                "Exit codes: 0 recorded, 1 store or file-system error, 2 refused (bad option, unreadable file, "
                        + "a header of another layout)."})
public final class AddExternalCommand implements Callable<Integer> {

    static final String METHOD = "external";

    /** What CT Hub knows of each external layout it accepts: who publishes it, under which terms. */
    private record Layout(String name, String title, String publisher, String terms, String codebook) {
    }

    private static final Map<String, Layout> LAYOUTS = Map.of("ctdc-vp-2022", new Layout("ctdc-vp-2022",
            "Global Victim-Perpetrator Synthetic Dataset, v1 (Dec 2022)",
            "Counter-Trafficking Data Collaborative (CTDC)",
            "CTDC's terms of use, https://www.ctdatacollaborative.org/terms-use: cite the data as \"Counter-"
                    + "Trafficking Data Collaborative (CTDC), Global Victim-Perpetrator Synthetic Dataset, v1 "
                    + "(Dec 2022)\"; no attempt to re-identify anyone",
            "/org/cthub/opendata/ctdc-vp-2022.codebook.json"));

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOptions store;

    @Parameters(index = "0", paramLabel = "FILE", description = "The dataset, a CSV file with a header.")
    private Path file;

    @Option(names = "--layout", required = true, description = "The file's layout: ctdc-vp-2022.")
    private String layout;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note for NOTES.md (where the copy came from).")
    private String note;

    @Option(names = "--k", description = "The k its publisher states, if any: the hub shows counts under it as "
            + "\"fewer than k\" (default: 11).")
    private Integer k;

    @Option(names = "--json", description = "Print one JSON summary object.")
    private boolean json;

    public AddExternalCommand() {
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Layout known = LAYOUTS.get(layout);
        if (known == null) {
            err.println("cthub release add-external: unknown --layout " + layout + "; use ctdc-vp-2022");
            return 2;
        }
        if (k != null && k < 2) {
            err.println("cthub release add-external: --k must be 2 or more");
            return 2;
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            err.println("cthub release add-external: " + file + ": no such readable file");
            return 2;
        }
        if (!store.embedded() && !store.homeGiven()) {
            err.println("cthub release add-external: a release recorded in a server database must be written where "
                    + "the server reads it; give --home or CTHUB_HOME as the server has it");
            return 2;
        }
        ReleaseData data;
        String sha256;
        try {
            data = ReleaseData.read(file, 0L);
            sha256 = ReleaseFolder.sha256(file);
        } catch (IllegalArgumentException e) {
            err.println("cthub release add-external: " + e.getMessage());
            return 2;
        } catch (IOException | UncheckedIOException e) {
            err.println("cthub release add-external: " + file + ": cannot be read (" + e.getMessage() + ")");
            return 2;
        }
        if (!data.layout().equals(known.name())) {
            err.println("cthub release add-external: " + file + ": the header is of layout " + data.layout()
                    + ", not " + known.name());
            return 2;
        }
        String parameters = "layout=" + known.name() + " sha256=" + sha256.substring(0, 16)
                + (k != null ? " k=" + k : "");
        Path staging = store.home().resolve(ReleaseHome.RELEASES).resolve(".staging-" + UUID.randomUUID());
        try (Store opened = store.open()) {
            writeFolder(staging, known, data.rows(), sha256);
            Releases releases = new Releases(opened.database(), opened.clock());
            long id = releases.record(new NewRelease(METHOD, parameters, true, data.rows(), 0,
                    Checksums.of(staging)), BuildCommand.ACTOR, ReleaseHome::folderOf);
            try {
                Files.move(staging, store.home().resolve(ReleaseHome.folderOf(id)), StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                releases.reject(id, BuildCommand.ACTOR, "Its files could not be moved into place ("
                        + e.getClass().getSimpleName() + "); add it again");
                throw new UncheckedIOException("Unable to move release " + id + " into place", e);
            }
            new AuditLog(opened.database(), Clock.systemUTC()).append(new AuditEvent(BuildCommand.ACTOR, null,
                    "RELEASE_BUILD", "RELEASE", Long.toString(id), AuditEvent.Outcome.SUCCESS,
                    String.format(Locale.ROOT, "external layout=%s records=%d", known.name(), data.rows())));
            print(id, known, data.rows(), parameters);
            return 0;
        } catch (IOException | UncheckedIOException | StoreException | IllegalStateException e) {
            err.println("cthub release add-external: " + e.getMessage());
            return 1;
        } finally {
            RecordedBuild.deleteQuietly(staging);
        }
    }

    private void writeFolder(Path folder, Layout known, int records, String sha256) throws IOException {
        Files.createDirectories(folder);
        Files.copy(file, folder.resolve("data.csv"));
        String codebook;
        try (InputStream in = AddExternalCommand.class.getResourceAsStream(known.codebook())) {
            codebook = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.writeString(folder.resolve("codebook.json"), codebook);
        StringBuilder text = new StringBuilder("# Codebook: " + known.title() + "\n\n| column | meaning | values | "
                + "missing |\n|---|---|---|---|\n");
        for (Object entry : JsonMapper.builder().build().readValue(codebook, List.class)) {
            Map<?, ?> column = (Map<?, ?>) entry;
            text.append("| ").append(column.get("column")).append(" | ").append(column.get("meaning")).append(" | ")
                    .append(column.get("values")).append(" | ").append(column.get("missing")).append(" |\n");
        }
        Files.writeString(folder.resolve("codebook.md"), text);
        Files.writeString(folder.resolve("NOTES.md"), notes(known, records, sha256));
        StringBuilder manifest = new StringBuilder();
        for (String name : List.of("NOTES.md", "codebook.json", "codebook.md", "data.csv")) {
            manifest.append(ReleaseFolder.sha256(folder.resolve(name))).append("  ").append(name).append('\n');
        }
        Files.writeString(folder.resolve("MANIFEST"), manifest);
    }

    private String notes(Layout known, int records, String sha256) {
        String threshold = k != null ? k + " (the k its publisher states)" : "11 (CT Hub's default)";
        return "# External release: " + known.title() + "\n\n"
                + "This release is **external**: CT Hub did not build it from its cases. It is a copy, unchanged, of a "
                + "dataset already anonymised and published by its publisher.\n\n"
                + "- Publisher: " + known.publisher() + "\n"
                + "- Dataset: " + known.title() + ", layout `" + known.name() + "`\n"
                + "- Copied from: `" + file.getFileName() + "`, SHA-256 `" + sha256 + "`, " + records + " records\n"
                + (note != null && !note.isBlank() ? "- Note: " + note.strip() + "\n" : "")
                + "- Licence and terms: " + known.terms() + "\n\n"
                + "## Protection\n\n"
                + "Its protection is its publisher's: CTDC's victim-perpetrator dataset is synthetic, generated from "
                + "IOM case data, so its rows describe no real person. CT Hub adds no noise to the file and so "
                + "**charges nothing to the collaborative's privacy budget**. The public hub's counts of it pass "
                + "through the same small-cell protection as every release's: counts under " + threshold
                + " read \"fewer than\", the others carry cell-key perturbation.\n\n"
                + "## Check\n\n"
                + "CT Hub checked that every row reads in the layout (`cthub release add-external`); it ran no "
                + "k-anonymity check, since the publisher did not k-anonymise it. A data manager approves it and an "
                + "administrator publishes it, as any release. `sha256sum -c MANIFEST` checks the files.\n";
    }

    private void print(long id, Layout known, int records, String parameters) {
        PrintWriter stdout = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("release_id", id);
            summary.put("release_dir", store.home().resolve(ReleaseHome.folderOf(id)).toString());
            summary.put("method", METHOD);
            summary.put("layout", known.name());
            summary.put("records", records);
            summary.put("parameters", parameters);
            stdout.println(JsonMapper.builder().build().writeValueAsString(summary));
        } else {
            stdout.printf(Locale.ROOT, "Recorded %s (%,d records, layout %s) as release %d: a data manager approves it "
                    + "and an administrator publishes it in the web application. No privacy budget charged.%n",
                    known.title(), records, known.name(), id);
        }
        stdout.flush();
    }
}
