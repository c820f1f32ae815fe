package org.cthub.app.demo;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.cthub.app.cli.Store;
import org.cthub.app.cli.StoreOptions;
import org.cthub.app.releases.BuildCommand;
import org.cthub.store.releases.DataRelease;
import org.cthub.store.releases.Releases;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A published release of the demo's cases, so the public hub has something to show: built by {@code cthub
 * release build} itself (the same recorded build as the web's), then approved and published through the store
 * by the actor {@code demo}, as a data manager and an administrator would. Nothing is built when a release is
 * already published: running the demo again publishes nothing new.
 */
final class DemoRelease {

    static final String ACTOR = "demo";

    private DemoRelease() {
    }

    /** The published version, the existing one or a new one; empty when every build was refused. */
    static java.util.OptionalInt ensure(StoreOptions store, PrintWriter out) {
        try (Store opened = store.open()) {
            List<DataRelease> published = new Releases(opened.database(), opened.clock()).published();
            if (!published.isEmpty()) {
                out.printf("Published release %d already in the hub.%n", published.getFirst().version());
                return java.util.OptionalInt.of(published.getFirst().version());
            }
        }
        // k-anonymity first, synthetic records where k = 11 is out of reach. A sample of the default 600 cases keeps
        // its flags but loses countries and years to suppression; --cases 5000 fills the map and the time line.
        for (String method : List.of("k-anonymity", "synthetic")) {
            Long id = build(store, method);
            if (id == null) {
                continue;
            }
            try (Store opened = store.open()) {
                Releases releases = new Releases(opened.database(), opened.clock());
                releases.approve(id, ACTOR);
                int version = releases.publish(id, ACTOR, store.home());
                out.printf("Published the demo cases as release %d (%s) for the public hub.%n", version, method);
                return java.util.OptionalInt.of(version);
            }
        }
        out.println("No release could be built from the demo cases; the public hub stays empty.");
        return java.util.OptionalInt.empty();
    }

    private static Long build(StoreOptions store, String method) {
        StringWriter output = new StringWriter();
        CommandLine command = new CommandLine(new BuildCommand());
        command.setOut(new PrintWriter(output));
        command.setErr(new PrintWriter(new StringWriter()));
        int exit = command.execute("--method", method, "--json", "--home", store.home().toString(), "--db", store.url());
        if (exit != 0) {
            return null;
        }
        JsonNode summary = JsonMapper.builder().build().readTree(output.toString().strip());
        return summary.get("release_id").isNull() ? null : summary.get("release_id").asLong();
    }
}
