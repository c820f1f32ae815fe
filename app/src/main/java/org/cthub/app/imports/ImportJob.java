package org.cthub.app.imports;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file to import.
 *
 * @param file the contributor's file
 * @param organisation the contributing organisation's code
 * @param format the layout, or {@link ImportFormat#AUTO}
 * @param mapping a mapping specification, or null
 * @param dryRun read and validate only; store nothing
 * @param user who imports, as recorded in the batch
 */
public record ImportJob(Path file, String organisation, ImportFormat format, Path mapping, boolean dryRun,
                        String user) {

    public ImportJob {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(user, "user");
    }
}
