package org.cthub.store.releases;

import java.util.Objects;

/** A file of a release folder and its SHA-256 (lower-case hex) when the release was built. */
public record ReleaseFile(String name, String sha256, long bytes) {

    public ReleaseFile {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IllegalArgumentException("A release file is named without a path");
        }
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A SHA-256 is 64 lower-case hex digits");
        }
    }
}
