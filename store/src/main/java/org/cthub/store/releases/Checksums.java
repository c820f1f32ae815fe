package org.cthub.store.releases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** SHA-256 of release files, computed the same way when recorded and when verified. */
public final class Checksums {

    private Checksums() {
    }

    /** Every regular file directly in a folder, sorted by name. */
    public static List<ReleaseFile> of(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            List<ReleaseFile> files = new ArrayList<>();
            for (Path file : entries.filter(Files::isRegularFile).sorted().toList()) {
                files.add(of(file.getFileName().toString(), file));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Unable to list the release folder", e);
        }
    }

    static ReleaseFile of(String name, Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long bytes = 0;
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[1 << 16];
                for (int read; (read = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, read);
                    bytes += read;
                }
            }
            return new ReleaseFile(name, HexFormat.of().formatHex(digest.digest()), bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
