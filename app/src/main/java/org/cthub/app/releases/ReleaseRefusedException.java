package org.cthub.app.releases;

/**
 * Thrown when a release cannot be made as asked (too few records for k, an output folder that is not empty).
 * Messages carry counts and parameters, never cell values.
 */
final class ReleaseRefusedException extends RuntimeException {

    ReleaseRefusedException(String message) {
        super(message);
    }
}
