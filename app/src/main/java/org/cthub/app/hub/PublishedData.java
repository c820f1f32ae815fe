package org.cthub.app.hub;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cthub.app.cli.StoreOptions;
import org.cthub.opendata.OpenRelease;
import org.cthub.opendata.ReleaseData;
import org.cthub.opendata.ReleaseSchema;
import org.cthub.opendata.SmallCellProtection;
import org.cthub.store.releases.DataRelease;
import org.cthub.store.releases.ReleaseFile;
import org.cthub.store.releases.Releases;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published releases and their data in memory. Only what {@link Releases#published()} lists is ever looked
 * up, and a release's data is loaded once, after its files are checked against their recorded checksums; a
 * published release is immutable, so the loaded data is cached by version for good.
 */
@Component
final class PublishedData {

    static final String DATA = "data.csv";
    static final String CODEBOOK = "codebook.json";
    static final int DEFAULT_THRESHOLD = 11;
    private static final Pattern K = Pattern.compile("(?:^|\\s)k=(\\d+)");

    /** A published release loaded for queries. */
    record Loaded(DataRelease release, OpenRelease open, String etag, List<Map<String, Object>> codebook) {
    }

    private final Releases releases;
    private final Path home;
    private final Map<Integer, Loaded> loaded = new ConcurrentHashMap<>();
    private volatile HubSecret secret;

    PublishedData(Releases releases, Environment environment) {
        this.releases = releases;
        Map<String, String> settings = new HashMap<>();
        String configured = environment.getProperty("CTHUB_HOME");
        if (configured != null && !configured.isBlank()) {
            settings.put("CTHUB_HOME", configured);
        }
        this.home = StoreOptions.fromSettings(settings).home();
    }

    List<DataRelease> published() {
        return releases.published();
    }

    /** {@code latest} or a version number, of a published release. */
    DataRelease find(String version) {
        Optional<DataRelease> found;
        if ("latest".equals(version)) {
            found = releases.latestPublished();
        } else if (version.matches("[1-9]\\d{0,8}")) {
            int wanted = Integer.parseInt(version);
            Loaded cached = loaded.get(wanted);
            found = cached != null ? Optional.of(cached.release())
                    : releases.published().stream().filter(r -> r.version() == wanted).findFirst();
        } else {
            found = Optional.empty();
        }
        return found.filter(DataRelease::published).orElseThrow(() -> new ApiProblem(ApiProblem.Code.RELEASE_NOT_FOUND,
                "There is no published release " + version + "; /api/v1/releases lists them"));
    }

    Loaded load(DataRelease release) {
        if (!release.published()) {
            throw new ApiProblem(ApiProblem.Code.RELEASE_NOT_FOUND, "Only published releases can be read");
        }
        return loaded.computeIfAbsent(release.version(), version -> read(release));
    }

    /** A file of a published release, only one it recorded. */
    Path file(DataRelease release, String name) {
        boolean recorded = release.files().stream().anyMatch(file -> file.name().equals(name));
        if (!recorded) {
            throw new ApiProblem(ApiProblem.Code.FILE_NOT_FOUND, "Release " + release.version() + " has no file "
                    + "of that name; the release lists its files");
        }
        load(release); // checks every file against its checksum once
        return folder(release).resolve(name);
    }

    static int threshold(DataRelease release) {
        Matcher k = K.matcher(release.parameters());
        return k.find() ? Math.max(2, Integer.parseInt(k.group(1))) : DEFAULT_THRESHOLD;
    }

    private Loaded read(DataRelease release) {
        List<String> changed = releases.verify(release.id(), home);
        ReleaseFile data = release.files().stream().filter(file -> file.name().equals(DATA)).findFirst().orElse(null);
        if (!changed.isEmpty() || data == null) {
            throw new ApiProblem(ApiProblem.Code.RELEASE_UNAVAILABLE, "Release " + release.version()
                    + " cannot be served: its files do not match what was published");
        }
        try {
            Path folder = folder(release);
            ReleaseData columns = ReleaseData.read(folder.resolve(DATA), secret().keyFor(data.sha256()));
            OpenRelease open = new OpenRelease(columns, SmallCellProtection.forThreshold(threshold(release)));
            List<Map<String, Object>> codebook = new ArrayList<>(Files.isRegularFile(folder.resolve(CODEBOOK))
                    ? readCodebook(folder.resolve(CODEBOOK)) : List.of());
            for (ReleaseSchema.RegionOf derived : ReleaseSchema.forLayout(columns.layout()).derived()) {
                codebook.add(Map.of("column", derived.name(), "meaning", derived.meaning(),
                        "values", "UN M49 regions", "missing", "not recorded where " + derived.column()
                                + " is not recorded or names no country, sub-region or region"));
            }
            return new Loaded(release, open, "\"r" + release.version() + "-" + data.sha256().substring(0, 16) + "\"",
                    List.copyOf(codebook));
        } catch (IOException | IllegalArgumentException e) {
            throw new ApiProblem(ApiProblem.Code.RELEASE_UNAVAILABLE, "Release " + release.version()
                    + " cannot be read");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> readCodebook(Path file) throws IOException {
        return JsonMapper.builder().build().readValue(Files.readString(file), List.class);
    }

    private Path folder(DataRelease release) {
        return home.resolve(release.folder()).normalize();
    }

    private HubSecret secret() {
        if (secret == null) {
            secret = HubSecret.in(home);
        }
        return secret;
    }
}
