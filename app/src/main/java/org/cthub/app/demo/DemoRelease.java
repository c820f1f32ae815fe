package org.cthub.app.demo;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.cthub.app.cli.Store;
import org.cthub.app.cli.StoreOptions;
import org.cthub.app.releases.ReleaseCommand;
import org.cthub.store.releases.DataRelease;
import org.cthub.store.releases.Releases;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Published releases for the public hub: CTDC's real victim-perpetrator dataset when a copy is at hand (added by
 * {@code cthub release add-external}), then the demo's own cases (built by {@code cthub release build}, the same
 * recorded build as the web's), so the hub opens on the demo's cases and offers CTDC's as a second release. Each
 * is approved and published through the store by the actor {@code demo}, as a data manager and an administrator
 * would. What is already published is not added again.
 */
final class DemoRelease {

    static final String ACTOR = "demo";
    private static final String EXTERNAL = "external";

    private DemoRelease() {
    }

    /**
     * @param ctdcFile CTDC's victim-perpetrator file; skipped when it does not exist
     * @return the version of the demo cases' release, existing or new; empty when every build was refused
     */
    static OptionalInt ensure(StoreOptions store, Path ctdcFile, PrintWriter out) {
        List<DataRelease> published = published(store);
        if (ctdcFile != null && Files.isRegularFile(ctdcFile)
                && published.stream().noneMatch(release -> EXTERNAL.equals(release.method()))) {
            Long id = run(store, "add-external", ctdcFile.toString(), "--layout", "ctdc-vp-2022", "--note",
                    "added by cthub demo for development");
            if (id != null) {
                out.printf("Published CTDC's victim-perpetrator dataset (%s) as release %d.%n", ctdcFile.getFileName(),
                        publish(store, id));
            } else {
                out.println("CTDC's file " + ctdcFile + " could not be added; the hub shows the demo cases only.");
            }
        }
        OptionalInt own = published.stream().filter(release -> !EXTERNAL.equals(release.method()))
                .mapToInt(DataRelease::version).findFirst();
        if (own.isPresent()) {
            out.printf("Published release %d of the demo cases already in the hub.%n", own.getAsInt());
            return own;
        }
        // k-anonymity first, synthetic records where k = 11 is out of reach.
        for (String method : List.of("k-anonymity", "synthetic")) {
            Long id = run(store, "build", "--method", method);
            if (id != null) {
                int version = publish(store, id);
                out.printf("Published the demo cases as release %d (%s) for the public hub.%n", version, method);
                return OptionalInt.of(version);
            }
        }
        out.println("No release could be built from the demo cases.");
        return OptionalInt.empty();
    }

    private static List<DataRelease> published(StoreOptions store) {
        try (Store opened = store.open()) {
            return new Releases(opened.database(), opened.clock()).published();
        }
    }

    private static int publish(StoreOptions store, long id) {
        try (Store opened = store.open()) {
            Releases releases = new Releases(opened.database(), opened.clock());
            releases.approve(id, ACTOR);
            return releases.publish(id, ACTOR, store.home());
        }
    }

    /** A {@code cthub release} subcommand recording a release in the demo's store; its id, or null if refused. */
    private static Long run(StoreOptions store, String... arguments) {
        StringWriter output = new StringWriter();
        CommandLine command = new CommandLine(new ReleaseCommand());
        command.setOut(new PrintWriter(output));
        command.setErr(new PrintWriter(new StringWriter()));
        String[] all = new String[arguments.length + 5];
        System.arraycopy(arguments, 0, all, 0, arguments.length);
        System.arraycopy(new String[] {"--json", "--home", store.home().toString(), "--db", store.url()}, 0, all,
                arguments.length, 5);
        if (command.execute(all) != 0) {
            return null;
        }
        JsonNode summary = JsonMapper.builder().build().readTree(output.toString().strip());
        return summary.get("release_id").isNull() ? null : summary.get("release_id").asLong();
    }
}
