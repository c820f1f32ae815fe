package org.cthub.store.casework;

/**
 * Why a case is closed. HTCDS records the reason ({@code cas_ReasonForCaseClosure}) as free text; these
 * are the reasons case-management practice distinguishes, so that closures can be counted. An approved
 * closure writes the English label into the case's reason for closure.
 */
public enum ClosureReason {
    SUPPORT_COMPLETED("Support completed"),
    REFERRED_TO_ANOTHER_ORGANISATION("Referred to another organisation"),
    DECLINED_FURTHER_SUPPORT("The person declined further support"),
    LOST_CONTACT("Contact with the person was lost"),
    RETURNED_OR_RELOCATED("The person returned or moved away"),
    NOT_A_VICTIM("Found not to be a victim of trafficking"),
    DECEASED("The person died"),
    OTHER("Other reason");

    private final String englishLabel;

    ClosureReason(String englishLabel) {
        this.englishLabel = englishLabel;
    }

    public String englishLabel() {
        return englishLabel;
    }
}
