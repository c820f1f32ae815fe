package org.cthub.app.releases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.cthub.app.Cthub;
import org.cthub.app.cli.Progress;
import org.cthub.app.generate.GenerateCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.json.JsonMapper;

/** {@code cthub release build} as a data manager runs it, on an embedded store filled by {@code cthub import}. */
class BuildCommandTest {

    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("unchecked")
    void buildsAReleaseFromTheStoreAndPrintsTheJsonSummary() throws IOException {
        Path home = dir.resolve("home");
        Path file = dir.resolve("cases.csv");
        GenerateCommand.write(600, 1, 21, file, Progress.NONE);
        CommandLine importing = Cthub.commandLine();
        importing.setOut(new PrintWriter(new StringWriter()));
        assertThat(importing.execute("import", file.toString(), "--org", "NGO1", "--home", home.toString()))
                .isZero();

        Path out = dir.resolve("release");
        StringWriter stdout = new StringWriter();
        CommandLine release = new CommandLine(new ReleaseCommand());
        release.setOut(new PrintWriter(stdout));
        release.setErr(new PrintWriter(new StringWriter()));
        int exit = release.execute("build", "--home", home.toString(), "--method", "k-anonymity", "--k", "5",
                "--seed", "3", "--out", out.toString(), "--json");

        assertThat(exit).isZero();
        Map<String, Object> summary = JsonMapper.builder().build().readValue(stdout.toString(), Map.class);
        assertThat(summary).containsKeys("release_dir", "method", "input", "published", "suppressed",
                "suppression_share", "k", "epsilon_spent", "check_passed");
        assertThat(summary.get("input")).isEqualTo(600);
        assertThat(summary.get("check_passed")).isEqualTo(true);
        assertThat(ReleaseFolder.isPublishable(out)).isTrue();
    }

    @Test
    void refusesANonEmptyOutputFolderWithExitCode2() throws IOException {
        Path out = Files.createDirectories(dir.resolve("taken"));
        Files.writeString(out.resolve("something"), "x");
        CommandLine release = new CommandLine(new ReleaseCommand());
        StringWriter err = new StringWriter();
        release.setErr(new PrintWriter(err));
        int exit = release.execute("build", "--home", dir.resolve("home").toString(), "--method", "k-anonymity",
                "--out", out.toString());
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("not empty");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBuildWithoutOutIsRecordedForApprovalAndTheBudgetRefusesWhatWouldPassIt() throws IOException {
        Path home = dir.resolve("home");
        Path file = dir.resolve("cases.csv");
        GenerateCommand.write(300, 1, 22, file, Progress.NONE);
        CommandLine importing = Cthub.commandLine();
        importing.setOut(new PrintWriter(new StringWriter()));
        assertThat(importing.execute("import", file.toString(), "--org", "NGO1", "--home", home.toString()))
                .isZero();
        StringWriter budgetOut = new StringWriter();
        CommandLine budget = new CommandLine(new ReleaseCommand());
        budget.setOut(new PrintWriter(budgetOut));
        assertThat(budget.execute("budget", "--home", home.toString(), "--epsilon", "6")).isZero();
        assertThat(budgetOut.toString()).contains("epsilon 0 spent of 6 (6 left)");

        StringWriter seededErr = new StringWriter();
        CommandLine seeded = new CommandLine(new ReleaseCommand());
        seeded.setErr(new PrintWriter(seededErr));
        assertThat(seeded.execute("build", "--home", home.toString(), "--method", "k-anonymity", "--seed", "1"))
                .as("a seeded build is never recorded").isEqualTo(2);
        assertThat(seededErr.toString()).contains("--seed", "trial folder");

        StringWriter stdout = new StringWriter();
        CommandLine recorded = new CommandLine(new ReleaseCommand());
        recorded.setOut(new PrintWriter(stdout));
        recorded.setErr(new PrintWriter(new StringWriter()));
        assertThat(recorded.execute("build", "--home", home.toString(), "--method", "k-anonymity", "--k", "5",
                "--epsilon", "4", "--json")).isZero();
        Map<String, Object> summary = JsonMapper.builder().build().readValue(stdout.toString(), Map.class);
        long id = ((Number) summary.get("release_id")).longValue();
        assertThat(ReleaseFolder.isPublishable(home.resolve("releases").resolve(Long.toString(id)))).isTrue();

        StringWriter err = new StringWriter();
        CommandLine trial = new CommandLine(new ReleaseCommand());
        trial.setOut(new PrintWriter(new StringWriter()));
        trial.setErr(new PrintWriter(err));
        Path out = dir.resolve("trial");
        assertThat(trial.execute("build", "--home", home.toString(), "--method", "k-anonymity", "--k", "5",
                "--epsilon", "4", "--out", out.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("privacy budget", "epsilon 2 left", "Nothing was charged");
        assertThat(out).doesNotExist();

        try (org.cthub.app.cli.Store store = org.cthub.app.cli.StoreOptions.fromSettings(
                Map.of("CTHUB_HOME", home.toString())).open()) {
            assertThat(new org.cthub.store.releases.Releases(store.database(), store.clock()).find(id))
                    .hasValueSatisfying(r -> assertThat(r.status().name()).isEqualTo("BUILT"))
                    .hasValueSatisfying(r -> assertThat(r.builtBy()).startsWith("cli:"));
            org.cthub.store.releases.PrivacyBudgets.Status status = new org.cthub.store.releases.PrivacyBudgets(
                    store.database(), store.clock()).status(org.cthub.store.releases.PrivacyBudgets.CONSENTING_CASES);
            assertThat(status.charges()).singleElement().satisfies(c -> assertThat(c.releaseId()).isEqualTo(id));
            assertThat(status.budgetSetBy()).startsWith("cli:");
            org.cthub.store.audit.AuditLog audit = new org.cthub.store.audit.AuditLog(store.database(),
                    java.time.Clock.systemUTC());
            assertThat(audit.page(new org.cthub.store.audit.AuditFilter(null, null, "RELEASE_BUILD", "RELEASE",
                    Long.toString(id)), null, 10)).singleElement()
                    .satisfies(e -> assertThat(e.event().detail()).contains("epsilon=4", "check=passed"));
            assertThat(audit.page(new org.cthub.store.audit.AuditFilter(null, null, "PRIVACY_BUDGET_SET", null,
                    null), null, 10)).singleElement()
                    .satisfies(e -> assertThat(e.event().detail()).isEqualTo("epsilon 20 -> 6, delta 0.00001 -> 0.00001"));
        }
    }

    @Test
    void aReleaseForAServerDatabaseNeedsTheServersDataHome() {
        StringWriter err = new StringWriter();
        CommandLine release = new CommandLine(new ReleaseCommand());
        release.setErr(new PrintWriter(err));
        assertThat(release.execute("build", "--db", "jdbc:postgresql://127.0.0.1:1/nowhere", "--method",
                "k-anonymity")).isEqualTo(2);
        assertThat(err.toString()).contains("--home or CTHUB_HOME");
    }
}
