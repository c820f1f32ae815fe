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
}
