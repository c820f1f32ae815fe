package org.cthub.standard.validation;

import java.util.ArrayList;
import java.util.List;
import org.cthub.standard.htcds.HtcdsField;
import org.cthub.standard.htcds.HtcdsRows;

/** The problems found in one case record, named as in the HTCDS CSV layout; identifiers' values left out. */
final class Findings {

    private final long row;
    private final List<Problem> problems = new ArrayList<>();

    Findings(long row) {
        this.row = row;
    }

    void add(HtcdsField field, ErrorCode code, String value, String message) {
        add(field, 1, code, value, message);
    }

    void add(HtcdsField field, int instance, ErrorCode code, String value, String message) {
        String shown = Echo.value(field, value);
        problems.add(new Problem(row, HtcdsRows.columnName(field, instance), code, shown, message));
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }
}
