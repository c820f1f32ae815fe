package org.cthub.standard.htcds;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cthub.standard.validation.ErrorCode;
import org.cthub.standard.validation.Problem;

/**
 * What is wrong with a header of the HTCDS CSV layout, reported once per file rather than on every row. Whether
 * an ignored column stops an import is the caller's decision; a duplicated column makes rows ambiguous.
 *
 * @param problems one per unknown, ignored or duplicated column, on row 0, in header order
 */
public record HeaderCheck(List<Problem> problems) {

    public HeaderCheck {
        problems = List.copyOf(problems);
    }

    /** Whether every column is one the layout reads, once. */
    public boolean isClean() {
        return problems.isEmpty();
    }

    static HeaderCheck of(List<String> header) {
        List<Problem> problems = new ArrayList<>();
        Map<HtcdsColumn, String> seen = new HashMap<>();
        int index = 0;
        for (String name : header) {
            String stripped = name == null ? "" : name.strip();
            // Quote a heading only when it looks like one: a file without a header row has data here.
            String quoted = org.cthub.standard.validation.Echo.heading(stripped);
            String shown = quoted != null ? quoted : "column " + (index + 1);
            index++;
            Optional<HtcdsColumn> column = HtcdsColumn.parse(stripped);
            if (column.isEmpty()) {
                problems.add(unknown(stripped, shown, quoted));
                continue;
            }
            Optional<String> ignored = HtcdsLayout.whyNotKept(column.get().field());
            if (ignored.isPresent()) {
                problems.add(new Problem(0, shown, ErrorCode.E1012_UNKNOWN_COLUMN, quoted, ignored.get()));
                continue;
            }
            String first = seen.putIfAbsent(column.get(), shown);
            if (first != null) {
                problems.add(new Problem(0, shown, ErrorCode.E2007_DUPLICATE_COLUMN, quoted, "Column '" + shown
                        + "' names the same field as column '" + first + "'. Keep one of them."));
            }
        }
        return new HeaderCheck(problems);
    }

    private static Problem unknown(String name, String shown, String quoted) {
        Optional<HtcdsField> field = HtcdsColumn.fieldOf(name);
        String message = field.isPresent()
                ? "Only perpetrator (per_), referral, trafficking event (hte_), support plan (spl_) and case comment"
                        + " (cco_) fields repeat, with a suffix __2, __3 and so on; " + field.get() + " does not."
                : "Not an HTCDS 2.0 field nor a CT Hub extension. Use the prefixed HTCDS names, such as prs_Gender"
                        + " or vic_TypeOfExploitation, as listed by HtcdsRows.columns().";
        return new Problem(0, name.isEmpty() ? null : shown, ErrorCode.E1012_UNKNOWN_COLUMN, quoted, message);
    }
}
