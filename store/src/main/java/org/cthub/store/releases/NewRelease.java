package org.cthub.store.releases;

import java.util.List;
import java.util.Objects;

/**
 * A release folder just built, to record.
 *
 * @param method k-anonymity or synthetic
 * @param parameters the method's settings in words, e.g. {@code k=11 suppression=0.05 epsilon=4}
 * @param checkPassed whether the independent disclosure check passed (only then can it be approved)
 * @param records published records
 * @param suppressed records whose quasi-identifiers were suppressed
 * @param files every file of the folder with its checksum
 */
public record NewRelease(String method, String parameters, boolean checkPassed, long records, long suppressed,
                         List<ReleaseFile> files) {

    public NewRelease {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(parameters, "parameters");
        files = List.copyOf(files);
        if (records < 0 || suppressed < 0) {
            throw new IllegalArgumentException("Counts are 0 or more");
        }
    }
}
