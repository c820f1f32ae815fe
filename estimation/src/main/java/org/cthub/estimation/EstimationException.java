package org.cthub.estimation;

/**
 * Root of the estimation module's exceptions: unchecked, each subclass names the action that failed. Messages
 * carry no personal data (capture tables hold only counts).
 */
public abstract class EstimationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    EstimationException(String message) {
        super(message);
    }

    EstimationException(String message, Throwable cause) {
        super(message, cause);
    }
}
