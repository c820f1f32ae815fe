package org.cthub.app.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The installation's secret behind every record key of the public hub, in {@code $CTHUB_HOME/hub.secret}
 * (created on first use, readable by the owner only). Keys derived from it and a release's data checksum stay the
 * same across restarts, so the perturbation of a cell never gets a second, independent draw that could be
 * averaged; someone without it cannot compute the perturbations.
 */
final class HubSecret {

    static final String FILE = "hub.secret";

    private final byte[] secret;

    private HubSecret(byte[] secret) {
        this.secret = secret;
    }

    static HubSecret in(Path home) {
        Path file = home.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(home);
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                // Written whole under a temporary name, then moved: a reader never sees a half-written secret.
                Path partial = Files.createTempFile(home, FILE, ".partial");
                try {
                    try {
                        Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
                    } catch (UnsupportedOperationException notPosix) {
                        // The data home's own permissions protect it on such file systems.
                    }
                    Files.writeString(partial, HexFormat.of().formatHex(fresh) + "\n");
                    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException raced) {
                    // another process made it first: use theirs
                } finally {
                    Files.deleteIfExists(partial);
                }
            }
            byte[] secret = HexFormat.of().parseHex(Files.readString(file).strip());
            if (secret.length < 32) {
                // Fail closed: a short or empty secret would let anyone compute the perturbations.
                throw new IllegalStateException("The hub's secret " + file + " is shorter than 32 bytes; remove it "
                        + "to have a new one made (published counts will then change slightly)");
            }
            return new HubSecret(secret);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("Unable to read or create the hub's secret " + file, e);
        }
    }

    /** The key secret of one release's data, from its recorded SHA-256. */
    long keyFor(String dataSha256) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(secret);
            digest.update(dataSha256.getBytes(StandardCharsets.US_ASCII));
            return ByteBuffer.wrap(digest.digest()).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException("SHA-256 is missing from this JDK", e));
        }
    }
}
