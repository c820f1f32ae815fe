package org.cthub.standard.htcds;

/** Adult or minor at a given moment; CTDC's {@code majorityStatus}. A CT Hub extension of HTCDS. */
public enum MajorityStatus {
    ADULT("Adult"), MINOR("Minor");

    private final String ctdcLabel;

    MajorityStatus(String ctdcLabel) {
        this.ctdcLabel = ctdcLabel;
    }

    public String ctdcLabel() {
        return ctdcLabel;
    }

    public static MajorityStatus ofAge(int age) {
        return age < 18 ? MINOR : ADULT;
    }
}
