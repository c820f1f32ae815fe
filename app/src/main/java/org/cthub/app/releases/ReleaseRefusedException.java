package org.cthub.app.releases;

import java.util.List;

/**
 * Thrown when a release cannot be made as asked (too few records for k, an output folder that is not empty, a
 * spent privacy budget). Messages carry counts and parameters, never cell values; {@link #arguments()} carries
 * the same figures for a page to say it in its own language.
 */
final class ReleaseRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why, for a page to say in its own language. */
    enum Why { NO_CONSENTING_CASES, K_UNREACHABLE, BUDGET, OUTPUT }

    private final Why why;
    private final List<String> arguments;

    ReleaseRefusedException(String message, Why why, String... arguments) {
        super(message);
        this.why = why;
        this.arguments = List.of(arguments);
    }

    Why why() {
        return why;
    }

    /** The figures of the message, in the order the page's message uses them. */
    List<String> arguments() {
        return arguments;
    }
}
