package org.cthub.standard.htcds;

import java.util.List;
import java.util.Objects;
import org.cthub.standard.validation.Problem;

/**
 * What became of one row: a whole case record, or the problems that kept it out. Never both: a row with one
 * unreadable value is rejected whole, since a partial record would be taken for what the source said.
 */
public sealed interface RowResult {

    /** The 1-based data row in the source. */
    long row();

    /** The problems found; empty exactly when the row was accepted. */
    List<Problem> problems();

    record Accepted(long row, CaseRecord caseRecord) implements RowResult {

        public Accepted {
            Objects.requireNonNull(caseRecord, "caseRecord");
        }

        @Override
        public List<Problem> problems() {
            return List.of();
        }
    }

    record Rejected(long row, List<Problem> problems) implements RowResult {

        public Rejected {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("A rejected row needs at least one problem");
            }
        }
    }
}
