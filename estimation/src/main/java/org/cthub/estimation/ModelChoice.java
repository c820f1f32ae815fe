package org.cthub.estimation;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How the log-linear model is chosen. */
public enum ModelChoice {
    /** SparseMSE's stepwise addition of two-list interactions by Poisson p-value (Chan, Silverman &amp; Vincent 2021). */
    STEPWISE("stepwise"),
    /** Smallest AIC over the hierarchical models (MultipleSystemsEstimation's catalogue). */
    AIC("aic"),
    /** Smallest BIC over the hierarchical models (Silverman, Chan &amp; Vincent 2024). */
    BIC("bic"),
    /** Main effects only: the lists are independent. */
    MAIN_EFFECTS("main-effects"),
    /** The interactions given in {@link EstimationOptions#interactions()}. */
    FIXED("fixed");

    private final String id;

    ModelChoice(String id) {
        this.id = id;
    }

    /** The name used on the command line and in JSON. */
    public String id() {
        return id;
    }

    /**
     * @throws IllegalArgumentException naming the accepted values if {@code id} is not one
     */
    public static ModelChoice fromId(String id) {
        return Arrays.stream(values()).filter(choice -> choice.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown method " + id + "; expected one of "
                        + Arrays.stream(values()).map(ModelChoice::id).collect(Collectors.joining(", "))));
    }
}
