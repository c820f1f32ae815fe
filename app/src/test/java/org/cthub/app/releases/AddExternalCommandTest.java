package org.cthub.app.releases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cthub.app.cli.Store;
import org.cthub.app.cli.StoreOptions;
import org.cthub.store.releases.DataRelease;
import org.cthub.store.releases.PrivacyBudgets;
import org.cthub.store.releases.Releases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code cthub release add-external} on the 400-row sample of CTDC's victim-perpetrator file: the file copied
 * unchanged into a recorded release that waits for approval, with notes on its source and licence, no privacy
 * budget charged; files of another layout or with a bad row refused, leaving nothing behind.
 */
class AddExternalCommandTest {

    private static final Path SAMPLE = Path.of("..", "opendata", "src", "test", "resources", "ctdc-vp-2022-sample.csv");

    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("unchecked")
    void recordsTheFileUnchangedAsABuiltExternalReleaseThatChargesNoBudget() throws IOException {
        Path home = dir.resolve("home");
        StringWriter stdout = new StringWriter();
        int exit = command(stdout, new StringWriter()).execute("add-external", SAMPLE.toString(), "--layout",
                "ctdc-vp-2022", "--note", "copied for development", "--home", home.toString(), "--json");

        assertThat(exit).isZero();
        Map<String, Object> summary = JsonMapper.builder().build().readValue(stdout.toString(), Map.class);
        assertThat(summary).containsEntry("method", "external").containsEntry("records", 400)
                .containsEntry("layout", "ctdc-vp-2022");
        long id = ((Number) summary.get("release_id")).longValue();
        Path folder = home.resolve(ReleaseHome.folderOf(id));
        assertThat(Files.readAllBytes(folder.resolve("data.csv"))).isEqualTo(Files.readAllBytes(SAMPLE));
        assertThat(Files.readString(folder.resolve("NOTES.md"))).contains("external")
                .contains("Counter-Trafficking Data Collaborative (CTDC)")
                .contains("https://www.ctdatacollaborative.org/terms-use")
                .contains("charges nothing to the collaborative's privacy budget")
                .contains("copied for development").contains(ReleaseFolder.sha256(SAMPLE));
        assertThat(Files.readString(folder.resolve("codebook.md"))).contains("| UN_COO_Region |");
        assertThat(Files.readString(folder.resolve("MANIFEST"))).contains("  data.csv\n");
        try (Store store = StoreOptions.fromSettings(Map.of("CTHUB_HOME", home.toString())).open()) {
            Releases releases = new Releases(store.database(), store.clock());
            DataRelease release = releases.find(id).orElseThrow();
            assertThat(release.status()).isEqualTo(org.cthub.store.releases.ReleaseStatus.BUILT);
            assertThat(release.method()).isEqualTo("external");
            assertThat(release.records()).isEqualTo(400);
            assertThat(release.parameters()).startsWith("layout=ctdc-vp-2022").doesNotContain("k=");
            assertThat(release.files()).extracting(f -> f.name())
                    .containsExactlyInAnyOrder("data.csv", "codebook.json", "codebook.md", "NOTES.md", "MANIFEST");
            assertThat(releases.verify(id, home)).isEmpty();
            assertThat(new PrivacyBudgets(store.database(), store.clock()).status(PrivacyBudgets.CONSENTING_CASES)
                    .epsilonSpent()).isEqualByComparingTo(BigDecimal.ZERO);
            releases.approve(id, "data-manager");
            assertThat(releases.publish(id, "admin", home)).isEqualTo(1);
        }
        try (var staging = Files.list(home.resolve(ReleaseHome.RELEASES))) {
            assertThat(staging.map(p -> p.getFileName().toString())).containsExactly(Long.toString(id));
        }
    }

    @Test
    void aStatedKBecomesTheReleasesThreshold() throws IOException {
        Path home = dir.resolve("home");
        StringWriter stdout = new StringWriter();
        assertThat(command(stdout, new StringWriter()).execute("add-external", SAMPLE.toString(), "--layout",
                "ctdc-vp-2022", "--k", "15", "--home", home.toString())).isZero();
        assertThat(stdout.toString()).contains("400 records").contains("No privacy budget charged");
        try (Store store = StoreOptions.fromSettings(Map.of("CTHUB_HOME", home.toString())).open()) {
            DataRelease release = new Releases(store.database(), store.clock()).list().getFirst();
            assertThat(release.parameters()).endsWith(" k=15");
            assertThat(Files.readString(home.resolve(release.folder()).resolve("NOTES.md")))
                    .contains("counts under 15 (the k its publisher states)");
        }
    }

    @Test
    void refusesAnotherLayoutABadRowAndAnUnknownLayoutLeavingNothingBehind() throws IOException {
        Path home = dir.resolve("home");
        Path ctdc2024 = dir.resolve("ctdc-2024.csv");
        Files.writeString(ctdc2024, String.join(",", org.cthub.standard.ctdc.Ctdc2024Record.header()) + "\n");
        Path badRow = dir.resolve("bad.csv");
        List<String> lines = Files.readAllLines(SAMPLE);
        Files.writeString(badRow, lines.get(0) + "\n" + lines.get(1) + "\n2019,Female,Adult,yes,,,,,,,,,,,,\n");

        StringWriter err = new StringWriter();
        assertThat(command(new StringWriter(), err).execute("add-external", ctdc2024.toString(), "--layout",
                "ctdc-vp-2022", "--home", home.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("ctdc-2024.csv").contains("layout ctdc-2024, not ctdc-vp-2022");

        err = new StringWriter();
        assertThat(command(new StringWriter(), err).execute("add-external", badRow.toString(), "--layout",
                "ctdc-vp-2022", "--home", home.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("bad.csv, row 2, column isForcedLabour");

        err = new StringWriter();
        assertThat(command(new StringWriter(), err).execute("add-external", SAMPLE.toString(), "--layout",
                "ctdc-2017", "--home", home.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("unknown --layout ctdc-2017");

        assertThat(home.resolve(ReleaseHome.RELEASES)).doesNotExist();
    }

    private static CommandLine command(StringWriter out, StringWriter err) {
        CommandLine command = new CommandLine(new ReleaseCommand());
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        return command;
    }
}
