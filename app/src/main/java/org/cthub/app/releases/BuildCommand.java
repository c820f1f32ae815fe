package org.cthub.app.releases;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.cthub.app.cli.Store;
import org.cthub.app.cli.StoreOptions;
import org.cthub.privacy.anonymity.Anonymiser;
import org.cthub.privacy.dp.PrivacyBudgetExceededException;
import org.cthub.store.StoreException;
import org.cthub.store.audit.AuditEvent;
import org.cthub.store.audit.AuditLog;
import org.cthub.store.cases.StoredCase;
import org.cthub.store.releases.PrivacyBudgets;
import org.cthub.store.releases.Releases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** {@code cthub release build}: a release folder from the stored cases. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Builds an anonymised release folder from the stored cases whose owners consented to "
                + "sharing: data.csv (CTDC 2024 layout), codebook, noisy aggregates, risk-and-utility report, "
                + "notes, MANIFEST and CHECK.json.",
                "Exits 0 when the independent check passed, 1 when it failed (the folder then holds FAILED and "
                        + "no data), 2 when the release was refused (bad options, non-empty --out, k unreachable)."})
public final class BuildCommand implements Callable<Integer> {

    /** Who builds from the command line: the system account, since the command line has no sign-in. */
    static final String ACTOR = "cli:" + System.getProperty("user.name", "unknown");

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOptions store;

    @Option(names = "--method", required = true, paramLabel = "METHOD", description = "k-anonymity or synthetic.")
    private String method;

    @Option(names = "--k", defaultValue = "11", description = "Smallest published group (default: ${DEFAULT-VALUE}).")
    private int k;

    @Option(names = "--suppression", defaultValue = "0.05",
            description = "Largest share of records whose details may be suppressed (default: ${DEFAULT-VALUE}).")
    private double suppression;

    @Option(names = "--l-diversity", defaultValue = "1", paramLabel = "L",
            description = "Distinct types of exploitation per group, 1 for none (default: ${DEFAULT-VALUE}).")
    private int lDiversity;

    @Option(names = "--epsilon", defaultValue = "4", description = "The release's privacy budget (default: "
            + "${DEFAULT-VALUE}).")
    private BigDecimal epsilon;

    @Option(names = "--delta", defaultValue = "1E-6", description = "Delta of synthetic releases (default: "
            + "${DEFAULT-VALUE}).")
    private BigDecimal delta;

    @Option(names = "--seed", description = "Fixed noise for tests; never for a release to publish.")
    private Long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "A trial folder, new or empty, that is not recorded "
            + "and cannot be published (default: the data home's releases/<id>, recorded for approval).")
    private Path out;

    @Option(names = "--json", description = "Print one JSON summary object.")
    private boolean json;

    public BuildCommand() {
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ReleaseMethod chosen = ReleaseMethod.fromCliName(method).orElse(null);
        if (chosen == null) {
            err.println("cthub release build: unknown --method " + method + "; use k-anonymity or synthetic");
            return 2;
        }
        try {
            ReleaseParameters parameters = new ReleaseParameters(chosen, k, suppression, lDiversity, epsilon, delta,
                    seed == null ? OptionalLong.empty() : OptionalLong.of(seed));
            if (out != null) {
                ReleaseFolder.requireEmpty(out);
            } else if (seed != null) {
                err.println("cthub release build: --seed makes the noise reproducible, so anyone who guesses the "
                        + "seed could remove it; it is only for a trial folder: give --out");
                return 2;
            } else if (!store.embedded() && !store.homeGiven()) {
                err.println("cthub release build: a release recorded in a server database must be written where the "
                        + "server reads it; give --home or CTHUB_HOME as the server has it");
                return 2;
            }
            ReleaseFolder.Outcome outcome;
            Long recordedId = null;
            try (Store opened = store.open()) {
                CollaborativeBudget budget = new CollaborativeBudget(new PrivacyBudgets(opened.database(),
                        opened.clock()));
                ReleaseInput input = RecordedBuild.read(opened.cases().export().map(StoredCase::record),
                        BuildProgress.NONE);
                if (out == null) {
                    RecordedBuild.Built built = RecordedBuild.build(input, parameters, store.home(),
                            new Releases(opened.database(), opened.clock()), budget, ACTOR, Clock.systemUTC(),
                            BuildProgress.NONE);
                    outcome = built.outcome();
                    recordedId = built.id();
                    new AuditLog(opened.database(), Clock.systemUTC()).append(new AuditEvent(ACTOR, null,
                            "RELEASE_BUILD", "RELEASE", Long.toString(built.id()), AuditEvent.Outcome.SUCCESS,
                            String.format(Locale.ROOT, "records=%d suppressed=%d epsilon=%s check=%s",
                                    outcome.release().statistics().published(), outcome.release().suppressed(),
                                    epsilon.stripTrailingZeros().toPlainString(),
                                    outcome.check().passed() ? "passed" : "failed")));
                } else {
                    outcome = new ReleaseBuilder(new Anonymiser(), Clock.systemUTC(),
                            budget.charging(ACTOR, RecordedBuild.purpose(parameters) + ", trial folder"),
                            BuildProgress.NONE).build(input, parameters, out);
                }
            }
            print(outcome, recordedId);
            if (!outcome.check().passed()) {
                err.println("cthub release build: the disclosure check failed; " + outcome.folder()
                        + " is marked FAILED and must not be published");
                return 1;
            }
            return 0;
        } catch (IllegalArgumentException | ReleaseRefusedException | PrivacyBudgetExceededException e) {
            err.println("cthub release build: " + e.getMessage());
            return 2;
        } catch (StoreException | IllegalStateException | java.io.UncheckedIOException e) {
            err.println("cthub release build: " + e.getMessage());
            return 1;
        }
    }

    private void print(ReleaseFolder.Outcome outcome, Long recordedId) {
        PrintWriter stdout = spec.commandLine().getOut();
        Map<String, Object> summary = summary(outcome);
        summary.put("release_id", recordedId);
        if (json) {
            stdout.println(JsonMapper.builder().build().writeValueAsString(summary));
        } else {
            stdout.printf(Locale.ROOT, "%s: %s release of %,d consenting records (%,d cases without consent left "
                            + "out), %,d suppressed (%.2f %%), epsilon spent %s, check %s%n", outcome.folder(),
                    summary.get("method"), outcome.release().input().consenting(),
                    outcome.release().input().withoutConsent(), outcome.release().suppressed(),
                    outcome.release().suppressedShare() * 100, outcome.release().epsilonSpent().toPlainString(),
                    outcome.check().passed() ? "passed" : "FAILED");
            stdout.println(recordedId != null
                    ? "Recorded as release " + recordedId + ": a data manager approves it and an administrator "
                            + "publishes it in the web application."
                    : "A trial folder, not recorded: only a release built without --out can be published.");
        }
        stdout.flush();
    }

    /** The --json summary; keys documented in docs/releases.md. */
    static Map<String, Object> summary(ReleaseFolder.Outcome outcome) {
        Release release = outcome.release();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("release_dir", outcome.folder().toAbsolutePath().toString());
        summary.put("method", release.parameters().method().cliName());
        summary.put("input", release.input().inputCases());
        summary.put("without_consent", release.input().withoutConsent());
        summary.put("published", release.statistics().published());
        summary.put("suppressed", release.suppressed());
        summary.put("suppression_share", release.suppressedShare());
        summary.put("k", release.data().promisedK());
        summary.put("epsilon_spent", release.epsilonSpent());
        summary.put("check_passed", outcome.check().passed());
        return summary;
    }
}
