package org.cthub.app.cases;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cthub.app.audit.AuditTrail;
import org.cthub.app.exports.SpreadsheetSafe;
import org.cthub.app.security.CurrentUser;
import org.cthub.app.security.Role;
import org.cthub.app.security.SignedIn;
import org.cthub.store.audit.AuditEvent;
import org.cthub.store.casework.CaseFiles;
import org.cthub.store.casework.CasePage;
import org.cthub.store.casework.CaseQuery;
import org.cthub.store.casework.CaseSummary;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The filtered case list as a file, for the organisation's own reporting: its own cases only (a case referred
 * to it stays its owner's to report), every page of the list read in batches and written as it is read, at
 * most {@value #MAX_ROWS} rows. Every cell goes through {@link SpreadsheetSafe}: a name typed as
 * {@code =HYPERLINK(...)} arrives as text. The export is recorded with its format and row count.
 */
@Service
class CaseListExport {

    static final int MAX_ROWS = 100_000;
    private static final int BATCH = 500;
    private static final List<String> COLUMNS = List.of("reference", "name", "status", "caseworker",
            "registrationDate", "citizenship", "exploitationTypes", "gender", "ageBand");

    private final CaseFiles cases;
    private final CaseLabels labels;
    private final MessageSource messages;
    private final AuditTrail audit;

    CaseListExport(CaseFiles cases, CaseLabels labels, MessageSource messages, AuditTrail audit) {
        this.cases = cases;
        this.labels = labels;
        this.messages = messages;
        this.audit = audit;
    }

    /** How many cases the filtered list holds, to refuse an export beyond {@value #MAX_ROWS} before it starts. */
    @PreAuthorize("hasAuthority('" + Role.Authority.CASE_EXPORT + "')")
    long count(CaseFilter filter) {
        return cases.count(filter.query(CurrentUser.get().organisationId()));
    }

    /**
     * Writes the organisation's own cases of the filtered list, a header row first.
     *
     * @return how many cases were written
     */
    @PreAuthorize("hasAuthority('" + Role.Authority.CASE_EXPORT + "')")
    int write(CaseFilter filter, String format, Sheet sheet) throws IOException {
        SignedIn account = CurrentUser.get();
        CaseQuery query = filter.query(account.organisationId());
        sheet.row(COLUMNS.stream().map(column -> messages.getMessage("case.export." + column, null, column,
                LocaleContextHolder.getLocale())).toList());
        int written = 0;
        // Offsets, not a cursor: a case registered meanwhile may shift a row between batches, which a
        // report run at a moment accepts.
        for (int offset = 0; written < MAX_ROWS; offset += BATCH) {
            CasePage page = cases.search(query.page(BATCH, offset));
            for (CaseSummary line : page.items()) {
                if (line.organisationCode().equals(account.organisationCode()) && written < MAX_ROWS) {
                    sheet.row(cells(line));
                    written++;
                }
            }
            if (page.items().size() < BATCH) {
                break;
            }
        }
        sheet.close();
        audit.record("CASE_EXPORT", "CASE", null, AuditEvent.Outcome.SUCCESS, "format=" + format + " rows=" + written);
        return written;
    }

    /**
     * The line's cells, each made inert. A workbook's string cells are never run, but a sheet saved again as
     * CSV would run them: the prefix travels with the value.
     */
    private List<String> cells(CaseSummary line) {
        List<String> cells = new ArrayList<>();
        Stream.of(line.reference(), line.displayName(), labels.of(line.status()), line.caseworker(),
                        line.registrationDate() == null ? null : line.registrationDate().toString(),
                        labels.countryCode(line.citizenship()), labels.all(line.exploitationTypes()),
                        labels.of(line.gender()), line.ageBand() == null ? null : line.ageBand().ctdcLabel())
                .map(value -> value == null ? "" : SpreadsheetSafe.cell(value)).forEach(cells::add);
        return cells;
    }
}
