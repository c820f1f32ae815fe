package org.cthub.app.imports;

import java.util.List;
import org.cthub.standard.validation.Problem;

/**
 * What an import did, as {@code cthub import --json} prints it.
 *
 * @param batch the import batch's id; null for a dry run
 * @param duplicate true when the organisation imported the same bytes before: then nothing changed, and the
 *     counts are those of the earlier batch
 * @param problems the first {@value ProblemLog#KEPT} problems, header problems (row 0) first
 * @param problemCount all problems, kept or not
 */
public record ImportReport(Long batch, String file, String sha256, String format, String details, long rows,
                           long accepted, long rejected, boolean duplicate, boolean dryRun, long inserted,
                           long updated, long unchanged, List<Problem> problems, long problemCount) {

    public ImportReport {
        problems = List.copyOf(problems);
    }
}
