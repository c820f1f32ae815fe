package org.cthub.app.imports;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.cthub.ingest.table.SourceRow;
import org.cthub.ingest.table.TableHeader;
import org.cthub.standard.ctdc.Ctdc2017Record;
import org.cthub.standard.ctdc.Ctdc2024Record;
import org.cthub.standard.ctdc.CtdcImport;
import org.cthub.standard.ctdc.CtdcVp2022Record;
import org.cthub.standard.ctdc.ParsedRow;
import org.cthub.standard.htcds.Case;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.RowResult;
import org.cthub.standard.validation.ErrorCode;
import org.cthub.standard.validation.Problem;

/**
 * One of CTDC's public layouts. CTDC rows carry no case reference, so each row is given one made of the
 * file's SHA-256 and the row number: importing the same file again is recognised as such, and a reference
 * never points at a person.
 */
final class CtdcLayout<R> implements Layout {

    private final ImportFormat format;
    private final List<Problem> headerProblems;
    private final BiFunction<Long, Map<String, String>, ParsedRow<R>> parser;
    private final Function<R, CaseRecord> importer;
    private final String referencePrefix;

    private CtdcLayout(ImportFormat format, List<Problem> headerProblems,
                       BiFunction<Long, Map<String, String>, ParsedRow<R>> parser, Function<R, CaseRecord> importer,
                       String sha256) {
        this.format = format;
        this.headerProblems = headerProblems;
        this.parser = parser;
        this.importer = importer;
        this.referencePrefix = format.cliName() + "-" + sha256.substring(0, 12) + "-";
    }

    static Layout of(ImportFormat format, TableHeader header, String sha256) {
        List<String> names = header.names();
        return switch (format) {
            case CTDC_2017 -> new CtdcLayout<>(format, Ctdc2017Record.checkHeader(names), Ctdc2017Record::fromRow,
                    CtdcImport::from2017, sha256);
            case CTDC_2024 -> new CtdcLayout<>(format, Ctdc2024Record.checkHeader(names), Ctdc2024Record::fromRow,
                    CtdcImport::from2024, sha256);
            case CTDC_VP_2022 -> new CtdcLayout<>(format, CtdcVp2022Record.checkHeader(names),
                    CtdcVp2022Record::fromRow, CtdcImport::fromVp2022, sha256);
            default -> throw new IllegalArgumentException("Not a CTDC layout: " + format);
        };
    }

    @Override
    public String name() {
        return format.cliName();
    }

    @Override
    public List<Problem> headerProblems() {
        return headerProblems;
    }

    @Override
    public boolean fatal(Problem headerProblem) {
        return headerProblem.code() != ErrorCode.E1012_UNKNOWN_COLUMN;
    }

    @Override
    public RowResult read(SourceRow row) {
        ParsedRow<R> parsed = parser.apply(row.rowNumber(), row.cells());
        if (parsed instanceof ParsedRow.Invalid<R> invalid) {
            return new RowResult.Rejected(row.rowNumber(), invalid.problems());
        }
        CaseRecord imported = importer.apply(parsed.record().orElseThrow());
        Case info = imported.caseInfo();
        Case referenced = new Case(referencePrefix + row.rowNumber(), info.status(), info.reasonForClosure(),
                info.caseOwner(), info.registrationDate(), info.registrationYear(), info.registrationPeriod());
        return new RowResult.Accepted(row.rowNumber(), new CaseRecord(referenced, imported.person(),
                imported.victim(), imported.perpetrators(), imported.events(), imported.referrals(),
                imported.comments(), imported.supportPlans(), imported.consent(), imported.perpetratorSummary()));
    }
}
