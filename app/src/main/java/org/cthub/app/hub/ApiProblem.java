package org.cthub.app.hub;

import org.springframework.http.HttpStatus;

/**
 * A refusal of the public API, with a stable code a client can act on (listed in docs/opendata.md). The message
 * names what to change; it never quotes data.
 */
final class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The stable codes and their HTTP statuses. */
    enum Code {
        RELEASE_NOT_FOUND(HttpStatus.NOT_FOUND),
        FILE_NOT_FOUND(HttpStatus.NOT_FOUND),
        UNKNOWN_VARIABLE(HttpStatus.BAD_REQUEST),
        UNKNOWN_VALUE(HttpStatus.BAD_REQUEST),
        NOT_A_YEAR_VARIABLE(HttpStatus.BAD_REQUEST),
        BAD_YEAR(HttpStatus.BAD_REQUEST),
        BAD_YEAR_RANGE(HttpStatus.BAD_REQUEST),
        TOO_MANY_GROUPS(HttpStatus.BAD_REQUEST),
        SAME_GROUP_TWICE(HttpStatus.BAD_REQUEST),
        TOO_MANY_VALUES(HttpStatus.BAD_REQUEST),
        UNKNOWN_FORMAT(HttpStatus.NOT_FOUND),
        TOO_MANY_ROWS_FOR_FORMAT(HttpStatus.UNPROCESSABLE_CONTENT),
        RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS),
        RELEASE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE);

        private final HttpStatus status;

        Code(HttpStatus status) {
            this.status = status;
        }

        HttpStatus status() {
            return status;
        }
    }

    private final Code code;

    ApiProblem(Code code, String message) {
        super(message);
        this.code = code;
    }

    Code code() {
        return code;
    }
}
