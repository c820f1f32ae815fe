package org.cthub.standard.ctdc;

/**
 * CTDC's victim gender. The 2017 layout and the victim-perpetrator layout write {@code Female}/{@code Male}
 * (the latter without trans categories); the 2024 codebook writes {@code Woman}/{@code Man}.
 */
public enum CtdcGender {
    FEMALE("Female", "Woman"),
    MALE("Male", "Man"),
    TRANS("Transgender/NonConforming", "Trans/Transgender/NonConforming");

    private final String label2017;
    private final String label2024;

    CtdcGender(String label2017, String label2024) {
        this.label2017 = label2017;
        this.label2024 = label2024;
    }

    /** The spelling of codebook v6 (2017) and of the victim-perpetrator dataset. */
    public String label2017() {
        return label2017;
    }

    /** The spelling of the 2024 codebook. */
    public String label2024() {
        return label2024;
    }
}
