package org.cthub.app.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cthub.app.cli.Progress;
import org.cthub.app.cli.Store;
import org.cthub.app.generate.GenerateCommand;
import org.cthub.app.imports.ImportFormat;
import org.cthub.app.imports.ImportJob;
import org.cthub.app.imports.ImportReport;
import org.cthub.app.imports.ImportService;
import org.cthub.ingest.table.TableReader;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.HtcdsRows;
import org.cthub.standard.htcds.RowResult;
import org.cthub.store.Database;
import org.cthub.store.cases.PreparedCaseRow;
import org.cthub.store.crypto.KeyRing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The import benchmark: on a generated HTCDS CSV, the rate of reading, mapping and validating (a dry run),
 * then the end-to-end import into PostgreSQL next to a bare COPY of the same rows into the same table, in the
 * same run, each into a fresh schema. COPY is given rows already prepared (serialised and encrypted) in
 * memory, so it measures only what the database does; the import does everything from the file's bytes.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Times parse + validate + map, the end-to-end import into PostgreSQL, and a bare COPY of "
                + "the same rows into the same table; prints the ratio.")
final class ImportBench implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--cases", defaultValue = "1000000", description = "Cases in the file (default: ${DEFAULT-VALUE}).")
    private long cases;

    @Option(names = "--dir", defaultValue = "bench-data", description = "Where the generated file is kept.")
    private Path dir;

    @Option(names = "--pg", defaultValue = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres",
            description = "The PostgreSQL server (default: ${DEFAULT-VALUE}).")
    private String pg;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path file = dir.resolve("bench-" + cases + ".csv");
        if (!Files.exists(file)) {
            Files.createDirectories(dir);
            GenerateCommand.write(cases, 1, 20261128L, file, Progress.onTerminal(err, "generating", cases));
        }
        out.printf("file: %s (%,d cases, %,d MB)%n", file, cases, Files.size(file) >> 20);

        long start = System.nanoTime();
        ImportReport dry = new ImportService(null, Clock.systemUTC())
                .run(new ImportJob(file, "BENCH", ImportFormat.HTCDS_CSV, null, true, "bench"), done -> { });
        double drySeconds = seconds(start);
        out.printf("parse + validate + map: %,d rows in %.1f s = %,.0f rows/s (%,d rejected)%n", dry.rows(),
                drySeconds, dry.rows() / drySeconds, dry.rejected());

        KeyRing keys = benchKeys();
        String importSchema = "bench_import";
        String copySchema = "bench_copy";
        try {
            double importSeconds;
            try (Store store = new Store(Database.open(PostgresSchemas.create(pg, importSchema)), keys)) {
                start = System.nanoTime();
                ImportReport report = new ImportService(store.importer(), Clock.systemUTC())
                        .run(new ImportJob(file, "BENCH", ImportFormat.HTCDS_CSV, null, false, "bench"), done -> { });
                importSeconds = seconds(start);
                out.printf("import into PostgreSQL: %,d cases in %.1f s = %,.0f rows/s%n", report.inserted(),
                        importSeconds, report.rows() / importSeconds);
            }
            try (Store store = new Store(Database.open(PostgresSchemas.create(pg, copySchema)), keys)) {
                long organisation = store.organisations().findOrCreate("BENCH", "bench").id();
                List<PreparedCaseRow> prepared = prepare(file, store, organisation);
                start = System.nanoTime();
                long copied = store.cases().copyBaseline(prepared.iterator(), "bench");
                double copySeconds = seconds(start);
                out.printf("bare COPY of the prepared rows: %,d rows in %.1f s = %,.0f rows/s%n", copied,
                        copySeconds, copied / copySeconds);
                out.printf("import speed / COPY speed = %.2f (goal: at least 0.50)%n", copySeconds / importSeconds);
            }
        } finally {
            PostgresSchemas.drop(pg, importSchema);
            PostgresSchemas.drop(pg, copySchema);
        }
        return 0;
    }

    private static List<PreparedCaseRow> prepare(Path file, Store store, long organisation) {
        List<PreparedCaseRow> rows = new ArrayList<>();
        try (TableReader table = TableReader.open(file)) {
            while (table.hasNext()) {
                RowResult read = HtcdsRows.read(0, table.next().cells());
                if (read instanceof RowResult.Accepted accepted) {
                    CaseRecord record = accepted.caseRecord();
                    rows.add(store.rows().prepare(organisation, record));
                }
            }
        }
        return rows;
    }

    private static KeyRing benchKeys() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return KeyRing.of("bench", Map.of("bench", key));
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
