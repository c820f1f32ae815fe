package org.cthub.standard.htcds;

import java.time.LocalDate;

/** HTCDS section Referral Details: an incoming or outgoing referral of the case. */
public record Referral(Direction direction, String organisation, String primaryCaseWorker, ReferralReason reason,
                       LocalDate date, String details) {

    public enum Direction { INCOMING, OUTGOING }
}
