package org.cthub.store.crypto;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/** Reads and creates key files: the {@code CTHUB_KEYS} and {@code CTHUB_KEY_ID} settings, owner-only. */
final class KeyFile {

    private static final System.Logger LOG = System.getLogger(KeyFile.class.getName());
    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private KeyFile() {
    }

    static Map<String, String> read(Path file) {
        warnIfShared(file);
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UnableToLoadKeysException("Unable to read the key file " + file, e);
        }
        Map<String, String> settings = new HashMap<>();
        properties.stringPropertyNames().forEach(name -> settings.put(name, properties.getProperty(name)));
        return settings;
    }

    /** Creates the file with owner-only permissions from the start, so the keys are never readable by others. */
    static void create(Path file, Map<String, String> settings) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (Files.getFileStore(parent).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
                restrictWithoutPosix(file);
            }
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                writer.write("# CT Hub encryption keys for personal identifiers. Keep this file secret, readable by\n");
                writer.write("# the CT Hub user only, and backed up apart from the database: without it the\n");
                writer.write("# encrypted identifiers cannot be read, and with it anyone holding a backup can read them.\n");
                writer.write(KeyRing.KEY_ID_VARIABLE + "=" + settings.get(KeyRing.KEY_ID_VARIABLE) + "\n");
                writer.write(KeyRing.KEYS_VARIABLE + "=" + settings.get(KeyRing.KEYS_VARIABLE) + "\n");
            }
        } catch (FileAlreadyExistsException e) {
            throw new UnableToLoadKeysException("A key file exists already at " + file
                    + "; CT Hub never overwrites keys", e);
        } catch (IOException e) {
            throw new UnableToLoadKeysException("Unable to write the key file " + file, e);
        }
    }

    private static void restrictWithoutPosix(Path file) {
        java.io.File plain = file.toFile();
        boolean restricted = plain.setReadable(false, false) & plain.setReadable(true, true)
                & plain.setWritable(false, false) & plain.setWritable(true, true);
        if (!restricted) {
            LOG.log(System.Logger.Level.WARNING, "Could not restrict access to the key file {0}; restrict it by hand",
                    file);
        }
    }

    private static void warnIfShared(Path file) {
        try {
            if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
                if (!OWNER_ONLY.containsAll(permissions)) {
                    LOG.log(System.Logger.Level.WARNING, "The key file {0} is readable by others ({1}); "
                            + "make it owner-only: chmod 600", file, PosixFilePermissions.toString(permissions));
                }
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Could not check the permissions of the key file {0}", file);
        }
    }
}
