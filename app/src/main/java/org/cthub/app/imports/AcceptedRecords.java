package org.cthub.app.imports;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.LongConsumer;
import org.cthub.ingest.table.SourceRow;
import org.cthub.ingest.table.TableReader;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.RowResult;
import org.cthub.standard.validation.CaseValidator;
import org.cthub.standard.validation.ErrorCode;
import org.cthub.standard.validation.Problem;

/**
 * The accepted case records of a file, one at a time: each row is read by the layout, validated, and checked
 * for a case reference already used earlier in the file. Rejected rows are counted and their problems logged
 * as the iteration passes them; only one row is held at a time.
 */
final class AcceptedRecords implements Iterator<CaseRecord> {

    private final TableReader table;
    private final Layout layout;
    private final CaseValidator validator = new CaseValidator();
    private final LocalDate today;
    private final ProblemLog problems;
    private final LongConsumer progress;
    private final ReferenceSet references = new ReferenceSet();
    private CaseRecord next;
    private long rows;
    private long rejected;

    AcceptedRecords(TableReader table, Layout layout, LocalDate today, ProblemLog problems, LongConsumer progress) {
        this.table = table;
        this.layout = layout;
        this.today = today;
        this.problems = problems;
        this.progress = progress;
    }

    @Override
    public boolean hasNext() {
        while (next == null && table.hasNext()) {
            SourceRow row = table.next();
            if (layout.skip(row)) {
                continue;
            }
            next = accept(row);
            progress.accept(rows);
        }
        return next != null;
    }

    @Override
    public CaseRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CaseRecord record = next;
        next = null;
        return record;
    }

    /** The data rows read so far; the file's total once the iteration is over. */
    long rows() {
        return rows;
    }

    long rejected() {
        return rejected;
    }

    private CaseRecord accept(SourceRow row) {
        rows++;
        if (!row.isSound()) {
            return reject(row.problems());
        }
        RowResult read = layout.read(row);
        if (read instanceof RowResult.Rejected rejectedRow) {
            return reject(rejectedRow.problems());
        }
        CaseRecord record = ((RowResult.Accepted) read).caseRecord();
        List<Problem> invalid = validator.validate(record, row.rowNumber(), today);
        if (!invalid.isEmpty()) {
            return reject(invalid);
        }
        String reference = record.caseInfo().reference();
        if (!references.add(reference)) {
            return reject(List.of(new Problem(row.rowNumber(), "cas_Reference", ErrorCode.E2005_DUPLICATE_REFERENCE,
                    null, "This case reference is used by an earlier row of the same file; each case "
                            + "appears once per file (the earlier row is kept)")));
        }
        return record;
    }

    private CaseRecord reject(List<Problem> rowProblems) {
        rejected++;
        problems.addAll(rowProblems);
        return null;
    }
}
