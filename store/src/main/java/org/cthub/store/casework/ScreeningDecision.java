package org.cthub.store.casework;

import org.cthub.standard.htcds.TraffickingStatus;

/** What a screening concluded; only a possible or actual victim can become a case. */
public enum ScreeningDecision {
    POSSIBLE(TraffickingStatus.POSSIBLE_VICTIM_OF_TRAFFICKING),
    ACTUAL(TraffickingStatus.ACTUAL_VICTIM_OF_TRAFFICKING),
    NOT_A_VICTIM(TraffickingStatus.NOT_A_VICTIM_OF_TRAFFICKING);

    private final TraffickingStatus traffickingStatus;

    ScreeningDecision(TraffickingStatus traffickingStatus) {
        this.traffickingStatus = traffickingStatus;
    }

    /** The HTCDS trafficking status a case opened from the screening starts with. */
    public TraffickingStatus traffickingStatus() {
        return traffickingStatus;
    }

    /** Whether a case may be opened from a screening with this decision. */
    public boolean opensCase() {
        return this != NOT_A_VICTIM;
    }
}
