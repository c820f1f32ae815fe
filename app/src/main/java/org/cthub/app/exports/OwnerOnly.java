package org.cthub.app.exports;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files that hold personal data are created readable and writable by their owner only (mode 600), from the
 * first byte, where the file system has POSIX permissions; other users of the machine never see them.
 */
final class OwnerOnly {

    private OwnerOnly() {
    }

    /** Creates the file afresh (replacing any leftover) with owner-only permissions and returns it. */
    static Path create(Path file) throws IOException {
        Files.deleteIfExists(file);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------")));
        }
        return Files.createFile(file);
    }
}
