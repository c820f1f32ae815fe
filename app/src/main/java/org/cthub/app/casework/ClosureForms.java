package org.cthub.app.casework;

import org.cthub.standard.htcds.CaseStatus;
import org.cthub.store.casework.ClosureReason;
import org.cthub.store.casework.ClosureRequests;

/** The forms of the closure section as typed, so that a refused form comes back as it was sent. */
final class ClosureForms {

    /** The statuses a closure may end in, in the order the form offers them. */
    static final java.util.List<CaseStatus> TARGETS = java.util.List.of(CaseStatus.CLOSED, CaseStatus.CLOSED_REFERRED);

    private ClosureForms() {
    }

    /** Asking to close the case. */
    record Request(String reason, String targetStatus) {

        static final Request EMPTY = new Request(null, null);

        record Read(ClosureReason reason, CaseStatus targetStatus) {
        }

        Read read(Problems problems) {
            ClosureReason chosen = problems.choice("closure-reason", ClosureReason.class, reason,
                    "closure.reason.missing");
            CaseStatus target = problems.choice("closure-targetStatus", CaseStatus.class, targetStatus,
                    "closure.target.missing");
            if (target != null && !TARGETS.contains(target)) {
                problems.add("closure-targetStatus", "closure.target.missing");
            }
            return new Read(chosen, target);
        }
    }

    /** A supervisor's decision on the pending request: a note is required to reject, so the caseworker knows why. */
    record Decide(String note) {

        static final Decide EMPTY = new Decide(null);

        String read(Problems problems, boolean approve) {
            String clean = problems.text("closure-note", note, ClosureRequests.MAX_NOTE);
            if (clean == null && !approve) {
                problems.add("closure-note", "closure.note.required");
            }
            return clean;
        }
    }
}
