package org.cthub.app.releases;

/**
 * Thrown when a release cannot be made as asked (too few records for k, an output folder that is not empty, a
 * spent privacy budget). Messages carry counts and parameters, never cell values.
 */
final class ReleaseRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why, for a page to say in its own language. */
    enum Why { NO_CONSENTING_CASES, K_UNREACHABLE, BUDGET, OUTPUT }

    private final Why why;

    ReleaseRefusedException(String message, Why why) {
        super(message);
        this.why = why;
    }

    Why why() {
        return why;
    }
}
