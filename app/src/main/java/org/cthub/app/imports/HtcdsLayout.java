package org.cthub.app.imports;

import java.util.List;
import org.cthub.ingest.table.SourceRow;
import org.cthub.ingest.table.TableHeader;
import org.cthub.standard.htcds.HtcdsRows;
import org.cthub.standard.htcds.RowResult;
import org.cthub.standard.validation.ErrorCode;
import org.cthub.standard.validation.Problem;

/** The HTCDS flat layout, whatever the container (CSV, XLSX, JSON, HXL-tagged). */
final class HtcdsLayout implements Layout {

    private final String name;
    private final List<Problem> headerProblems;

    HtcdsLayout(String name, TableHeader header) {
        this.name = name;
        this.headerProblems = HtcdsRows.checkHeader(header.names()).problems();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Problem> headerProblems() {
        return headerProblems;
    }

    @Override
    public boolean fatal(Problem headerProblem) {
        return headerProblem.code() == ErrorCode.E2007_DUPLICATE_COLUMN;
    }

    @Override
    public RowResult read(SourceRow row) {
        return HtcdsRows.read(row.rowNumber(), row.cells());
    }
}
