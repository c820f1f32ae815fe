package org.cthub.ingest;

import java.util.Objects;
import org.cthub.standard.validation.ErrorCode;

/**
 * The root of the exceptions that stop a whole import: a file that cannot be read as a table, a mapping that
 * cannot be used. Unchecked; each subclass names the action that failed and carries a stable error code.
 * Messages name files, rows and columns, never a cell's value.
 */
public abstract class IngestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    protected IngestException(ErrorCode code, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The stable code of the reason, such as {@code E2003} for a file that is not text. */
    public ErrorCode code() {
        return code;
    }
}
