package org.cthub.app.generate;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cthub.app.cli.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cthub generate}: synthetic HTCDS cases for demos, tests and benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes realistic synthetic HTCDS cases as HTCDS CSV, deterministic per seed.",
                "Victims' profiles, flows and years follow CTDC's published figures; about 80%% of cases record "
                        + "consent to share. With --orgs K > 1, one file per organisation is written next to "
                        + "--out (cases-ORG01.csv, ...), and some people appear in several organisations' files."})
public final class GenerateCommand implements Callable<Integer> {

    /** Room for the most perpetrators and events a generated case has. */
    static final int INSTANCES = 3;

    @Spec
    private CommandSpec spec;

    @Option(names = "--cases", required = true, description = "How many cases to write in all.")
    private long cases;

    @Option(names = "--orgs", defaultValue = "1", description = "How many organisations (default: ${DEFAULT-VALUE}).")
    private int organisations;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--out", required = true, description = "The CSV file to write.")
    private Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (cases < 0 || organisations < 1) {
            err.println("cthub generate: --cases must be 0 or more and --orgs at least 1");
            return 2;
        }
        Map<String, Path> files = write(cases, organisations, seed, out, Progress.onTerminal(err, "generating", cases));
        PrintWriter outWriter = spec.commandLine().getOut();
        files.values().forEach(path -> outWriter.println(path));
        return 0;
    }

    /**
     * Writes the cases and returns the file of each organisation.
     *
     * @throws java.io.UncheckedIOException if a file cannot be written
     */
    public static Map<String, Path> write(long cases, int organisations, long seed, Path out, Progress progress) {
        SyntheticCases generated = new SyntheticCases(cases, organisations, seed);
        Map<String, Path> paths = new LinkedHashMap<>();
        for (String organisation : generated.organisationCodes()) {
            paths.put(organisation, organisations == 1 ? out : sibling(out, organisation));
        }
        Map<String, HtcdsCsvFile> files = new LinkedHashMap<>();
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            for (Map.Entry<String, Path> entry : paths.entrySet()) {
                files.put(entry.getKey(), new HtcdsCsvFile(entry.getValue(), INSTANCES));
            }
            long done = 0;
            while (generated.hasNext()) {
                SyntheticCases.GeneratedCase next = generated.next();
                files.get(next.organisation()).write(next.record());
                progress.advance(++done);
            }
            progress.finish(done);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Could not create the folder of " + out, e);
        } finally {
            files.values().forEach(HtcdsCsvFile::close);
        }
        return paths;
    }

    private static Path sibling(Path out, String organisation) {
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : ".csv";
        return out.resolveSibling(stem + "-" + organisation + extension);
    }
}
