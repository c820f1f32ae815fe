package org.cthub.app.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.cthub.app.cli.Progress;
import org.cthub.app.cli.Store;
import org.cthub.app.cli.StoreOptions;
import org.cthub.app.generate.GenerateCommand;
import org.cthub.app.imports.ImportFormat;
import org.cthub.app.imports.ImportJob;
import org.cthub.app.imports.ImportReport;
import org.cthub.app.imports.ImportService;
import org.cthub.app.server.ServeCommand;
import org.cthub.app.server.Server;
import org.cthub.store.organisations.Organisation;
import org.cthub.store.users.Users;
import org.springframework.context.ConfigurableApplicationContext;
import org.cthub.store.cases.StoredCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cthub demo}: an embedded database with generated cases from three organisations, imported through
 * the same path a contributor's file takes, and a summary of what is in it.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Creates the embedded database (in $CTHUB_HOME or ./cthub-data) with generated sample "
                + "cases from three organisations, imported as contributors' files are, one account per role in "
                + "each organisation and referrals between them, a published release of the cases for the public "
                + "hub (and CTDC's victim-perpetrator dataset as a second release when --ctdc's file exists), "
                + "then starts the web application and prints its address, the hub's and the logins.",
                "Running it again imports nothing new: the same files are recognised."})
public final class DemoCommand implements Callable<Integer> {

    static final int ORGANISATIONS = 3;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOptions store;

    // 10,000 cases: a k = 11 release of them keeps UN regions and five-year periods (600 kept no country and no
    // year at all), and the whole demo still prepares in about 12 s on two shared cores.
    @Option(names = "--cases", defaultValue = "10000", description = "How many cases in all (default: ${DEFAULT-VALUE}).")
    private int cases;

    @Option(names = "--ctdc", paramLabel = "FILE", defaultValue = "../shared/ctdc/CTDC_VPsynthetic_condensed.csv",
            description = "CTDC's victim-perpetrator dataset, published as a second release of the hub when the file "
                    + "exists (default: ${DEFAULT-VALUE}); never required.")
    private Path ctdc;

    @Option(names = "--seed", defaultValue = "2026", description = "Random seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--port", defaultValue = "8080", description = "The web application's port (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--no-serve", description = "Prepare the database and the accounts, but do not start the server.")
    private boolean noServe;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Path> files;
        Map<String, String> logins;
        // Opening the store first creates the data folder readable by its owner only; the samples go inside.
        try (Store opened = store.open()) {
            Path samples = Files.createDirectories(store.home().resolve("samples"));
            files = GenerateCommand.write(cases, ORGANISATIONS, seed, samples.resolve("cases.csv"), Progress.NONE);
            ImportService imports = new ImportService(opened.importer(), Clock.systemUTC());
            out.println("CT Hub demo database: " + store.describe());
            for (Map.Entry<String, Path> file : files.entrySet()) {
                ImportReport report = imports.run(new ImportJob(file.getValue(), file.getKey(), ImportFormat.AUTO,
                        null, false, "demo"), done -> { });
                out.printf("  %s: %s, %,d rows, %,d accepted, %,d rejected%s%n", file.getKey(),
                        file.getValue().getFileName(), report.rows(), report.accepted(), report.rejected(),
                        report.duplicate() ? " (imported before; unchanged)" : "");
            }
            summarise(opened, out);
            List<Organisation> organisations = files.keySet().stream()
                    .map(code -> opened.organisations().findByCode(code).orElseThrow()).toList();
            logins = DemoAccounts.ensure(new Users(opened.database(), opened.clock()), organisations, store.home());
            DemoCaseworkers.ensure(opened, organisations);
            DemoReferrals.ensure(opened, organisations, out);
        }
        java.util.OptionalInt release = DemoRelease.ensure(store, ctdc, out);
        printLogins(out, logins);
        out.println();
        out.println("Try:");
        out.println("  ./cthub export --format ctdc-2024 --out ctdc-2024.csv     # the cases that may be shared, "
                + "as CTDC records");
        out.println("  ./cthub import " + files.get("ORG01") + " --org ORG01 --json   # the same file again: "
                + "recognised, nothing changes");
        if (!noServe) {
            Map<String, Object> settings = new HashMap<>();
            settings.put("server.port", port);
            settings.put("cthub.demo", true);
            settings.put("CTHUB_HOME", store.home().toString());
            settings.put("CTHUB_DB_URL", store.url());
            out.printf("%nStarting the web application...%n");
            out.flush();
            ConfigurableApplicationContext context = Server.start(settings);
            out.printf("CT Hub is running at http://localhost:%d/ : log in with one of the accounts above. "
                    + "Ctrl-C stops it.%n", port);
            if (release.isPresent()) {
                out.printf("The public data hub (no login): http://localhost:%d/hub%n", port);
            }
            out.flush();
            ServeCommand.awaitShutdown(context);
        }
        return 0;
    }

    private void printLogins(PrintWriter out, Map<String, String> logins) {
        out.println();
        out.println("Demo logins (also in " + store.home().resolve(DemoAccounts.FILE) + "):");
        logins.forEach((username, password) -> out.printf("  %-32s %s%n", username, password));
    }

    private static void summarise(Store store, PrintWriter out) {
        Map<String, long[]> byOrganisation = new TreeMap<>();
        try (Stream<StoredCase> cases = store.cases().export()) {
            cases.forEach(stored -> {
                long[] counts = byOrganisation.computeIfAbsent(stored.organisationCode(), code -> new long[2]);
                counts[0]++;
                if (stored.record().consent().allowsSharing()) {
                    counts[1]++;
                }
            });
        }
        out.println("Stored cases (personal identifiers encrypted at rest):");
        byOrganisation.forEach((code, counts) -> out.printf("  %s: %,d cases, %,d with consent to share%n", code,
                counts[0], counts[1]));
    }
}
