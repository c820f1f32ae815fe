package org.cthub.app.imports;

import java.util.List;
import org.cthub.ingest.table.SourceRow;
import org.cthub.standard.htcds.RowResult;
import org.cthub.standard.validation.Problem;

/** How the rows of one file become HTCDS case records. */
interface Layout {

    /** The layout's name as recorded in the import batch, such as {@code htcds-csv}. */
    String name();

    /**
     * What is wrong with the header as a whole: missing columns stop the import, unknown columns are reported
     * and ignored (see {@link #fatal}).
     */
    List<Problem> headerProblems();

    /** Whether a header problem means no row can be read. */
    boolean fatal(Problem headerProblem);

    /**
     * Whether a row is not data at all (a label row, an empty preset row of a template): skipped rows are
     * neither accepted nor rejected, and are not counted.
     */
    default boolean skip(SourceRow row) {
        return false;
    }

    /** A sound source row as a case record, or the problems that reject it. */
    RowResult read(SourceRow row);
}
