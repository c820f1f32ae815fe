package org.cthub.standard.ctdc;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cthub.standard.validation.Problem;

/**
 * A data row read from a CTDC file: the record, or every problem found in the row.
 *
 * @param <R> the layout's record type
 */
public sealed interface ParsedRow<R> {

    /** The record, when the row is valid. */
    Optional<R> record();

    /** The problems, empty when the row is valid. */
    List<Problem> problems();

    /** A valid row. */
    record Valid<R>(R value) implements ParsedRow<R> {

        public Valid {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Optional<R> record() {
            return Optional.of(value);
        }

        @Override
        public List<Problem> problems() {
            return List.of();
        }
    }

    /** A row with at least one problem. */
    record Invalid<R>(List<Problem> problems) implements ParsedRow<R> {

        public Invalid {
            if (problems == null || problems.isEmpty()) {
                throw new IllegalArgumentException("An invalid row needs at least one problem");
            }
            problems = List.copyOf(problems);
        }

        @Override
        public Optional<R> record() {
            return Optional.empty();
        }
    }

    /** A valid row when there are no problems, else an invalid one: a row is never half read. */
    static <R> ParsedRow<R> of(R value, List<Problem> problems) {
        return problems.isEmpty() ? new Valid<>(value) : new Invalid<>(problems);
    }
}
