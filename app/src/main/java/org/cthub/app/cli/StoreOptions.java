package org.cthub.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.cthub.store.Database;
import org.cthub.store.crypto.KeyRing;
import picocli.CommandLine.Option;

/**
 * Where the store is: {@code --db}, else {@code CTHUB_DB_URL}, else an embedded H2 database in
 * {@code $CTHUB_HOME} or {@code ./cthub-data}. Keys come from the environment ({@code CTHUB_KEYS} or
 * {@code CTHUB_KEY_FILE}); only the embedded database falls back to a key file it generates in its own
 * folder, so a server database never runs on a key nobody chose.
 */
public final class StoreOptions {

    static final String DB_URL_VARIABLE = "CTHUB_DB_URL";
    static final String HOME_VARIABLE = "CTHUB_HOME";
    static final String KEY_FILE_NAME = "cthub.keys";

    @Option(names = "--db", paramLabel = "JDBC-URL",
            description = "The database (default: $CTHUB_DB_URL, else an embedded H2 database in $CTHUB_HOME "
                    + "or ./cthub-data).")
    private String url;

    @Option(names = "--home", paramLabel = "DIR",
            description = "The folder of the embedded database and its key file (default: $CTHUB_HOME, else "
                    + "./cthub-data).")
    private Path homeOption;

    private final Map<String, String> environment;

    public StoreOptions() {
        this(System.getenv());
    }

    StoreOptions(Map<String, String> environment) {
        this.environment = environment;
    }

    /** Options from settings named as the environment variables are, for the server. */
    public static StoreOptions fromSettings(Map<String, String> settings) {
        return new StoreOptions(Map.copyOf(settings));
    }

    /** Opens the database (migrating it) and loads its keys. */
    public Store open() {
        String jdbcUrl = url();
        KeyRing keys = keys(jdbcUrl);
        return new Store(Database.open(jdbcUrl), keys);
    }

    /** The database in words, without credentials. */
    public String describe() {
        String jdbcUrl = url();
        int query = jdbcUrl.indexOf('?');
        return query > 0 ? jdbcUrl.substring(0, query) : jdbcUrl.replaceAll(";.*$", "");
    }

    /** The JDBC URL of the store these options name. */
    public String url() {
        if (url != null && !url.isBlank()) {
            return url;
        }
        String configured = environment.get(DB_URL_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return Database.h2FileUrl(home());
    }

    /** Whether the store is the embedded H2 database in the data home. */
    public boolean embedded() {
        return url().startsWith("jdbc:h2:");
    }

    /** Whether the data home was given (option or environment), not the default beside the working folder. */
    public boolean homeGiven() {
        String configured = environment.get(HOME_VARIABLE);
        return homeOption != null || (configured != null && !configured.isBlank());
    }

    /** The folder of the embedded database and its key file. */
    public Path home() {
        if (homeOption != null) {
            return homeOption.toAbsolutePath();
        }
        String configured = environment.get(HOME_VARIABLE);
        return Path.of(configured != null && !configured.isBlank() ? configured : "cthub-data").toAbsolutePath();
    }

    private KeyRing keys(String jdbcUrl) {
        boolean configured = notBlank(environment.get(KeyRing.KEYS_VARIABLE))
                || notBlank(environment.get(KeyRing.KEY_FILE_VARIABLE));
        if (configured || !jdbcUrl.startsWith("jdbc:h2:file:")) {
            return KeyRing.fromEnvironment(environment);
        }
        Path keyFile = home().resolve(KEY_FILE_NAME);
        try {
            createPrivateDirectory(home());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Could not create " + home(), e);
        }
        return Files.exists(keyFile) ? KeyRing.fromFile(keyFile) : KeyRing.generateInto(keyFile);
    }

    /** The embedded database and its key live here: readable by their owner only (mode 700). */
    private static void createPrivateDirectory(Path directory) throws java.io.IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        if (java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(directory, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(directory);
        }
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
