package org.cthub.app.imports;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cthub.app.cli.Progress;
import org.cthub.app.cli.Store;
import org.cthub.app.cli.StoreOptions;
import org.cthub.ingest.IngestException;
import org.cthub.standard.validation.Problem;
import org.cthub.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** {@code cthub import}: a contributor's file into the store, as one all-or-nothing batch. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Reads a contributor's file into HTCDS cases and stores the accepted ones as one import "
                + "batch, all or nothing.",
                "A row with any invalid value is rejected whole and reported with its row, field, code, value and "
                        + "what would be accepted. Importing the same file again changes nothing; a changed row "
                        + "with the same cas_Reference updates that case and keeps its history.",
                "Exit status: 0 when the file could be read (even with rejected rows), 1 when it could not."})
public final class ImportCommand implements Callable<Integer> {

    private static final int SHOWN_PROBLEMS = 20;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOptions store;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file: CSV, XLSX or JSON.")
    private Path file;

    @Option(names = "--org", required = true, paramLabel = "ORG",
            description = "The contributing organisation's code (created on first use).")
    private String organisation;

    @Option(names = "--format", defaultValue = "auto", paramLabel = "FORMAT",
            description = "auto, htcds-csv, htcds-xlsx, htcds-json, htcds-template, ctdc-2017, ctdc-2024 or ctdc-vp-2022 "
                    + "(default: ${DEFAULT-VALUE}: recognised from the header).")
    private String format;

    @Option(names = "--mapping", paramLabel = "SPEC.yaml",
            description = "A mapping specification for any other layout (docs/mapping-spec.md).")
    private Path mapping;

    @Option(names = "--dry-run", description = "Read and validate only; store nothing.")
    private boolean dryRun;

    @Option(names = "--json", description = "Print one JSON object instead of a summary.")
    private boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportFormat chosen = ImportFormat.fromCliName(format).orElse(null);
        if (chosen == null) {
            err.println("cthub import: unknown --format " + format + "; use one of auto, htcds-csv, htcds-xlsx, htcds-template, "
                    + "htcds-json, ctdc-2017, ctdc-2024, ctdc-vp-2022");
            return 2;
        }
        if (!Files.isRegularFile(file)) {
            err.println("cthub import: " + file + ": no such file");
            return 1;
        }
        String user = "cli:" + System.getProperty("user.name", "unknown");
        ImportJob job = new ImportJob(file, organisation, chosen, mapping, dryRun, user);
        Progress progress = json ? Progress.NONE : Progress.onTerminal(err, "reading rows", -1);
        try (Store opened = dryRun ? null : store.open()) {
            ImportService service = new ImportService(opened == null ? null : opened.importer(),
                    java.time.Clock.systemUTC());
            ImportReport report = service.run(job, progress::advance);
            progress.finish(report.rows());
            if (json) {
                out.println(JsonMapper.builder().build().writeValueAsString(asJson(report)));
            } else {
                summarise(report, out);
            }
            return 0;
        } catch (ImportRefusedException | IngestException e) {
            err.println("cthub import: " + e.getMessage());
            return 1;
        } catch (StoreException e) {
            err.println("cthub import: nothing was imported: " + e.getMessage());
            return 1;
        }
    }

    static Map<String, Object> asJson(ImportReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("batch", report.batch());
        json.put("file", report.file());
        json.put("sha256", report.sha256());
        json.put("format", report.format());
        json.put("rows", report.rows());
        json.put("accepted", report.accepted());
        json.put("rejected", report.rejected());
        json.put("duplicate", report.duplicate());
        json.put("dry_run", report.dryRun());
        json.put("inserted", report.inserted());
        json.put("updated", report.updated());
        json.put("unchanged", report.unchanged());
        List<Map<String, Object>> problems = new ArrayList<>();
        for (Problem problem : report.problems()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("row", problem.row());
            entry.put("field", problem.field());
            entry.put("code", problem.code().code());
            entry.put("value", problem.value());
            entry.put("message", problem.message());
            problems.add(entry);
        }
        json.put("problems", problems);
        json.put("problem_count", report.problemCount());
        return json;
    }

    private static void summarise(ImportReport report, PrintWriter out) {
        if (report.duplicate()) {
            out.printf("%s was imported before (batch %d, %,d cases): nothing changed.%n", report.file(),
                    report.batch(), report.accepted());
            return;
        }
        out.printf("%s (%s, %s)%n", report.file(), report.format(), report.details());
        out.printf("%,d rows: %,d accepted, %,d rejected%n", report.rows(), report.accepted(), report.rejected());
        if (report.dryRun()) {
            out.println("Dry run: nothing was stored.");
        } else {
            out.printf("Batch %d: %,d new cases, %,d updated, %,d unchanged%n", report.batch(), report.inserted(),
                    report.updated(), report.unchanged());
        }
        report.problems().stream().limit(SHOWN_PROBLEMS).forEach(problem -> out.printf("  row %d, %s: %s %s%s%n",
                problem.row(), problem.field() == null ? "(row)" : problem.field(), problem.code().code(),
                problem.message(), problem.value() == null ? "" : " (value: " + problem.value() + ")"));
        if (report.problemCount() > SHOWN_PROBLEMS) {
            out.printf("  ... and %,d more problems (use --json to see up to %,d)%n",
                    report.problemCount() - SHOWN_PROBLEMS, ProblemLog.KEPT);
        }
    }
}
