package org.cthub.app.imports;

import java.util.List;
import org.cthub.ingest.mapping.MappedRow;
import org.cthub.ingest.mapping.MappingSpec;
import org.cthub.ingest.mapping.RowMapper;
import org.cthub.ingest.table.SourceRow;
import org.cthub.ingest.table.TableHeader;
import org.cthub.standard.htcds.HtcdsRows;
import org.cthub.standard.htcds.RowResult;
import org.cthub.standard.validation.Problem;

/** Any layout, turned into HTCDS fields by a mapping specification and then read as the HTCDS layout. */
final class MappedLayout implements Layout {

    private final String name;
    private final RowMapper mapper;

    MappedLayout(MappingSpec spec, TableHeader header) {
        this.name = "mapped:" + spec.name();
        this.mapper = spec.bind(header);
    }

    @Override
    public String name() {
        return name.length() > 40 ? name.substring(0, 40) : name;
    }

    @Override
    public List<Problem> headerProblems() {
        return mapper.headerProblems();
    }

    @Override
    public boolean fatal(Problem headerProblem) {
        return true;
    }

    @Override
    public RowResult read(SourceRow row) {
        MappedRow mapped = mapper.map(row);
        RowResult read = HtcdsRows.read(row.rowNumber(), mapped.fields());
        if (mapped.isSound()) {
            return read;
        }
        // Report the standard's objections alongside the mapping's, so one pass over the file finds them all.
        List<Problem> problems = new java.util.ArrayList<>(mapped.problems());
        problems.addAll(read.problems());
        return new RowResult.Rejected(row.rowNumber(), problems);
    }
}
