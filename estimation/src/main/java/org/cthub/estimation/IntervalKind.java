package org.cthub.estimation;

/** How the confidence interval is computed. */
public enum IntervalKind {
    /** BCa bootstrap with the model chosen again in every replicate (SparseMSE {@code estimatepopulation}). */
    BCA("bca"),
    /** Normal interval on the log of the dark figure, given the chosen model. */
    WALD("wald"),
    /** Rcapture's multinomial profile likelihood, given the chosen model. */
    PROFILE("profile");

    private final String id;

    IntervalKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
