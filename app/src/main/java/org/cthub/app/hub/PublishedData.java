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

    /** Releases held in memory at once; anyone may ask for any published version, so the cache is bounded. */
    static final int LOADED_AT_MOST = 3;
    /** How long a release whose files failed their check is answered as unavailable before it is checked again. */
    private static final java.time.Duration RECHECK_AFTER = java.time.Duration.ofMinutes(5);

    /**
     * A published release loaded for queries, with the size and modification time of each of its files when they
     * were checked against their checksums, so a file changed since is noticed before it is served.
     */
    record Loaded(DataRelease release, OpenRelease open, String etag, List<Map<String, Object>> codebook,
                  Map<String, java.nio.file.attribute.FileTime> checkedAt) {
    }

    private final Releases releases;
    private final Path home;
    private final Map<Integer, Loaded> loaded = new java.util.LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Loaded> eldest) {
            return size() > LOADED_AT_MOST;
        }
    };
    private final Map<Integer, java.time.Instant> unavailable = new ConcurrentHashMap<>();
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
            // A loaded release answers without the database: every chart of every page view asks by version.
            Loaded cached;
            synchronized (loaded) {
                cached = loaded.get(wanted);
            }
            found = cached != null ? Optional.of(cached.release())
                    : releases.published().stream().filter(r -> r.version() == wanted).findFirst();
        } else {
            found = Optional.empty();
        }
        // The version is not quoted back: it is whatever a visitor typed, and messages reach logs.
        return found.filter(DataRelease::published).orElseThrow(() -> new ApiProblem(ApiProblem.Code.RELEASE_NOT_FOUND,
                "There is no published release of that version; /api/v1/releases lists them"));
    }

    Loaded load(DataRelease release) {
        if (!release.published()) {
            throw new ApiProblem(ApiProblem.Code.RELEASE_NOT_FOUND, "Only published releases can be read");
        }
        java.time.Instant failed = unavailable.get(release.version());
        if (failed != null && failed.plus(RECHECK_AFTER).isAfter(java.time.Instant.now())) {
            throw new ApiProblem(ApiProblem.Code.RELEASE_UNAVAILABLE, "Release " + release.version()
                    + " cannot be served: its files do not match what was published");
        }
        synchronized (loaded) {
            Loaded cached = loaded.get(release.version());
            if (cached != null) {
                return cached;
            }
            try {
                Loaded read = read(release);
                loaded.put(release.version(), read);
                unavailable.remove(release.version());
                return read;
            } catch (ApiProblem problem) {
                unavailable.put(release.version(), java.time.Instant.now());
                throw problem;
            }
        }
    }

    /** A file of a published release, only one it recorded. */
    Path file(DataRelease release, String name) {
        boolean recorded = release.files().stream().anyMatch(file -> file.name().equals(name));
        if (!recorded) {
            throw new ApiProblem(ApiProblem.Code.FILE_NOT_FOUND, "Release " + release.version() + " has no file "
                    + "of that name; the release lists its files");
        }
        Loaded checked = load(release); // checks every file against its checksum once
        Path path = folder(release).resolve(name);
        try {
            // A file changed after its check would be served under the published checksum's name: refuse it.
            if (!Files.getLastModifiedTime(path).equals(checked.checkedAt().get(name))) {
                synchronized (loaded) {
                    loaded.remove(release.version());
                }
                unavailable.put(release.version(), java.time.Instant.now());
                throw new ApiProblem(ApiProblem.Code.RELEASE_UNAVAILABLE, "Release " + release.version()
                        + " cannot be served: its files changed since they were checked");
            }
        } catch (IOException e) {
            throw new ApiProblem(ApiProblem.Code.RELEASE_UNAVAILABLE, "Release " + release.version()
                    + " cannot be read");
        }
        return path;
    }

    /** Where generated downloads of published releases are kept: outside the release folders, which never change. */
    Path cache() {
        return home.resolve("hub-cache");
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
            Map<String, java.nio.file.attribute.FileTime> checkedAt = new java.util.HashMap<>();
            for (ReleaseFile file : release.files()) {
                checkedAt.put(file.name(), Files.getLastModifiedTime(folder.resolve(file.name())));
            }
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
                    List.copyOf(codebook), Map.copyOf(checkedAt));
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
