package org.cthub.estimation;

/**
 * Whether a model's maximum likelihood estimate exists and is identifiable for the data, with SparseMSE's
 * {@code checkident} codes (Chan, Silverman &amp; Vincent 2021, JASA 116, s2.4).
 */
public enum Identifiability {
    /** Code 0: the estimate exists and is identifiable. */
    OK(0, "the maximum likelihood estimate exists and is identifiable"),
    /** Code 1: the linear-programming test shows the estimate does not exist (a parameter is infinite). */
    DOES_NOT_EXIST(1, "the maximum likelihood estimate does not exist"),
    /** Code 2: the design is rank deficient, so the parameters are not identifiable. */
    NOT_IDENTIFIABLE(2, "the model is not identifiable"),
    /** Code 3: both. */
    DOES_NOT_EXIST_AND_NOT_IDENTIFIABLE(3, "the maximum likelihood estimate does not exist and the model is not identifiable");

    private final int code;
    private final String description;

    Identifiability(int code, String description) {
        this.code = code;
        this.description = description;
    }

    /** SparseMSE's code: 0 ok, 1 MLE does not exist, 2 not identifiable, 3 both. */
    public int code() {
        return code;
    }

    public String description() {
        return description;
    }

    static Identifiability of(boolean exists, boolean identifiable) {
        return values()[(exists ? 0 : 1) + (identifiable ? 0 : 2)];
    }
}
