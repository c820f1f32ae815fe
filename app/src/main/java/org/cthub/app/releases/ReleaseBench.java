package org.cthub.app.releases;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Spliterators;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.cthub.app.generate.SyntheticCases;
import org.cthub.privacy.anonymity.Anonymiser;
import org.cthub.standard.htcds.CaseRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cthub bench release}: a k-anonymity release of generated cases (without the store), with the share of
 * records suppressed beside CTDC's: its k-anonymised global dataset suppressed about 40 % of the records.
 */
@Command(name = "release", mixinStandardHelpOptions = true,
        description = "Builds a release of generated cases: k-anonymity reports how much it suppressed, synthetic "
                + "how many rows it wrote and how well they keep the real combinations.")
public final class ReleaseBench implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--cases", defaultValue = "200000", description = "Cases to generate (default: ${DEFAULT-VALUE}).")
    private long cases;

    @Option(names = "--organisations", defaultValue = "8", description = "Organisations (default: ${DEFAULT-VALUE}).")
    private int organisations;

    @Option(names = "--seed", defaultValue = "20261128", description = "Generator and noise seed (default: "
            + "${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--k", defaultValue = "11")
    private int k;

    @Option(names = "--suppression", defaultValue = "0.05")
    private double suppression;

    @Option(names = "--out", paramLabel = "DIR", description = "Release folder (default: a new temporary folder).")
    private Path out;

    @Option(names = "--method", defaultValue = "k-anonymity", description = "k-anonymity or synthetic (default: "
            + "${DEFAULT-VALUE}).")
    private String method;

    public ReleaseBench() {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        Path folder = out != null ? out : Files.createTempDirectory("cthub-release-bench");
        ReleaseMethod chosen = ReleaseMethod.fromCliName(method)
                .orElseThrow(() -> new IllegalArgumentException("--method is k-anonymity or synthetic"));
        ReleaseParameters parameters = ReleaseParameters.kAnonymity(k, suppression, new BigDecimal("4"))
                .withMethod(chosen).withSeed(seed);
        long start = System.nanoTime();
        ReleaseFolder.Outcome outcome = new ReleaseBuilder(new Anonymiser(), Clock.systemUTC())
                .build(generated(cases, organisations, seed), parameters, folder);
        double seconds = (System.nanoTime() - start) / 1e9;
        Release release = outcome.release();
        stdout.printf(Locale.ROOT, "release bench: %,d generated cases (%d organisations, seed %d), %s%n",
                release.input().inputCases(), organisations, seed, chosen == ReleaseMethod.SYNTHETIC
                        ? "synthetic, epsilon 4" : String.format(Locale.ROOT, "k = %d, suppression limit %.0f %%", k,
                        suppression * 100));
        stdout.printf(Locale.ROOT, "  left out without consent  %,d%n  consenting records        %,d%n",
                release.input().withoutConsent(), release.input().consenting());
        if (chosen == ReleaseMethod.SYNTHETIC) {
            stdout.printf(Locale.ROOT, "  synthetic rows written    %,d (%.3f of the consenting records)%n",
                    release.data().data().size(), release.data().data().size()
                            / (double) release.input().consenting());
            release.data().utility().ifPresent(utility -> utility.lengths().forEach(length -> stdout.printf(
                    Locale.ROOT, "  combinations of %d         preserved %.3f, spurious %.3f, mean relative error "
                            + "%.3f%n", length.length(), length.preservedShare(), length.spuriousShare(),
                    length.meanRelativeError())));
            stdout.printf(Locale.ROOT, "  check                     %s%n  time                      %.1f s%n",
                    outcome.check().passed() ? "passed" : "FAILED", seconds);
            stdout.flush();
            return outcome.check().passed() ? 0 : 1;
        }
        stdout.printf(Locale.ROOT, "  suppressed                %,d (%.3f %% of consenting records; CTDC 2017: about "
                + "40 %%)%n", release.suppressed(), release.suppressedShare() * 100);
        stdout.printf(Locale.ROOT, "  transformation            %s, Loss %.4f%n", release.data().levels(),
                release.data().loss());
        stdout.printf(Locale.ROOT, "  classes                   %,d, smallest %,d%n", release.statistics().classes(),
                release.statistics().smallestClass());
        stdout.printf(Locale.ROOT, "  sample uniques before     %,d, after %,d%n",
                release.statistics().riskBefore().sampleUniques(), release.statistics().riskAfter().sampleUniques());
        stdout.printf(Locale.ROOT, "  check                     %s%n  folder                    %s%n  time        "
                        + "              %.1f s (generation, derivation, search, figures, writing)%n",
                outcome.check().passed() ? "passed" : "FAILED", folder, seconds);
        stdout.flush();
        return outcome.check().passed() ? 0 : 1;
    }

    /** Generated cases as a stream, without the store. */
    static Stream<CaseRecord> generated(long cases, int organisations, long seed) {
        SyntheticCases generator = new SyntheticCases(cases, organisations, seed);
        return StreamSupport.stream(Spliterators.spliterator(generator, cases, 0), false)
                .map(SyntheticCases.GeneratedCase::record);
    }
}
