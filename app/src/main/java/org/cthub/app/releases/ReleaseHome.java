package org.cthub.app.releases;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.cthub.app.cli.StoreOptions;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where release folders live: {@code $CTHUB_HOME/releases/<id>/}, the home resolved exactly as the store resolves
 * it ({@link StoreOptions#home()}), so the command line and the server agree.
 */
@Component
class ReleaseHome {

    static final String RELEASES = "releases";

    private final Path home;

    ReleaseHome(Environment environment) {
        Map<String, String> settings = new HashMap<>();
        String configured = environment.getProperty("CTHUB_HOME");
        if (configured != null && !configured.isBlank()) {
            settings.put("CTHUB_HOME", configured);
        }
        this.home = StoreOptions.fromSettings(settings).home();
    }

    Path home() {
        return home;
    }

    /** A release's folder relative to the home, as recorded in the store. */
    static String folderOf(long id) {
        return RELEASES + "/" + id;
    }
}
