package org.cthub.app.casework;

import java.time.LocalDate;
import org.cthub.store.casework.NrmKind;
import org.cthub.store.casework.NrmOutcome;

/** The two forms of the NRM section as typed, so that a refused form comes back as it was sent. */
final class NrmForms {

    private NrmForms() {
    }

    /** Referring the case to the competent authority. */
    record Refer(String kind, String referredOn, String authority) {

        static Refer defaults(LocalDate today) {
            return new Refer(null, today.toString(), null);
        }

        record Read(NrmKind kind, LocalDate referredOn, String authority) {
        }

        Read read(Problems problems) {
            NrmKind chosen = problems.choice("refer-kind", NrmKind.class, kind, "nrm.kind.missing");
            LocalDate on = problems.date("refer-referredOn", referredOn, true);
            String named = problems.text("refer-authority", authority, 200);
            if (named == null) {
                problems.add("refer-authority", "nrm.refused.authority");
            }
            return new Read(chosen, on, named);
        }
    }

    /**
     * Recording the authority's decision on a pending referral. The reflection period's end is pre-filled with
     * today + 30 days, which is never less than the 30 days after any decision date allowed (today or before).
     */
    record Decide(long decisionId, String outcome, String decidedOn, String reflectionEndsOn) {

        static Decide defaults(long decisionId, LocalDate today, LocalDate reflectionEnd) {
            return new Decide(decisionId, null, today.toString(), reflectionEnd.toString());
        }

        record Read(NrmOutcome outcome, LocalDate decidedOn, LocalDate reflectionEndsOn) {
        }

        /** The id prefix of this form's fields: one form per pending decision on the page. */
        public String prefix() {
            return "decide-" + decisionId + "-";
        }

        /** Reads the form; whether the reflection period's end applies is the section's to decide. */
        Read read(Problems problems) {
            NrmOutcome chosen = problems.choice(prefix() + "outcome", NrmOutcome.class, outcome,
                    "nrm.outcome.missing");
            if (chosen == NrmOutcome.PENDING) {
                problems.add(prefix() + "outcome", "nrm.outcome.missing");
            }
            LocalDate on = problems.date(prefix() + "decidedOn", decidedOn, true);
            LocalDate ends = problems.date(prefix() + "reflectionEndsOn", reflectionEndsOn, false);
            return new Read(chosen, on, ends);
        }
    }
}
