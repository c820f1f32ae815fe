package org.cthub.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cthub.app.cli.Store;
import org.cthub.app.cli.StoreOptions;
import org.cthub.store.releases.DataRelease;
import org.cthub.store.releases.Releases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code cthub demo --no-serve}'s releases: CTDC's file (here the 400-row sample) published first when it exists,
 * the demo cases' release newest so the hub opens on it, nothing added again on a second run, and a fresh clone
 * without CTDC's file gets the demo cases' release alone.
 */
class DemoReleaseTest {

    private static final Path SAMPLE = Path.of("..", "opendata", "src", "test", "resources", "ctdc-vp-2022-sample.csv");

    @TempDir
    Path dir;

    @Test
    void publishesCtdcsFileWhenItExistsAndTheDemoCasesNewest() {
        Path home = dir.resolve("home");
        assertThat(demo(home, SAMPLE)).contains("Published CTDC's victim-perpetrator dataset")
                .contains("as release 2 (k-anonymity)");
        assertThat(published(home)).extracting(DataRelease::method).containsExactly("k-anonymity", "external");
        assertThat(demo(home, SAMPLE)).contains("Published release 2 of the demo cases already in the hub")
                .doesNotContain("Published CTDC's");
        assertThat(published(home)).hasSize(2);
    }

    @Test
    void withoutCtdcsFileTheDemoPublishesItsOwnCasesOnly() {
        Path home = dir.resolve("home");
        assertThat(demo(home, dir.resolve("no-such-file.csv"))).contains("as release 1 (k-anonymity)");
        assertThat(published(home)).extracting(DataRelease::method).containsExactly("k-anonymity");
    }

    private static String demo(Path home, Path ctdc) {
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new DemoCommand());
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(new StringWriter()));
        assertThat(command.execute("--no-serve", "--cases", "600", "--ctdc", ctdc.toString(), "--home",
                home.toString())).as(out.toString()).isZero();
        return out.toString();
    }

    private static List<DataRelease> published(Path home) {
        try (Store store = StoreOptions.fromSettings(Map.of("CTHUB_HOME", home.toString())).open()) {
            return new Releases(store.database(), store.clock()).published();
        }
    }
}
