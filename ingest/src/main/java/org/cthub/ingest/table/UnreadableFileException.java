package org.cthub.ingest.table;

import java.nio.file.Path;
import java.util.Objects;
import org.cthub.ingest.IngestException;
import org.cthub.standard.validation.ErrorCode;

/**
 * A file that cannot be read as a table at all: not a spreadsheet, a damaged zip, bytes that are text in no
 * supported encoding, no header, an ambiguous header. Problems of a single row are not exceptions: they are
 * {@link SourceRow#problems()}. The message names the file (by its name only) and the reason, and is meant
 * for the person who sent the file; it never quotes the file's content.
 */
public final class UnreadableFileException extends IngestException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String reason;

    UnreadableFileException(Path file, ErrorCode code, String reason) {
        this(file, code, reason, null);
    }

    UnreadableFileException(Path file, ErrorCode code, String reason, Throwable cause) {
        super(code, "Cannot read " + nameOf(file) + ": " + Objects.requireNonNull(reason, "reason"), cause);
        this.file = file;
        this.reason = reason;
    }

    /** The file that could not be read. */
    public Path file() {
        return file;
    }

    /** Why, in a sentence for the person who sent the file, without the file name. */
    public String reason() {
        return reason;
    }

    private static String nameOf(Path file) {
        Path name = file == null ? null : file.getFileName();
        return name == null ? "the file" : name.toString();
    }
}
