package org.cthub.estimation;

/**
 * No population estimate can be given for this table and model: the model is not identifiable, its maximum
 * likelihood estimate does not exist, or the options ask for something the method cannot do.
 */
public final class UnableToEstimateException extends EstimationException {

    private static final long serialVersionUID = 1L;

    /** Why no estimate could be given; stable once released, so that interfaces can explain it. */
    public enum Reason {
        /** Fewer than two lists remain once those that carry no information are left out. */
        TOO_FEW_INFORMATIVE_LISTS,
        /** AIC/BIC asked for more lists (or a higher order) than the catalogue of models covers. */
        TOO_MANY_LISTS_FOR_CATALOGUE,
        /** AIC/BIC: no model in the catalogue has an estimate that exists and is identifiable. */
        NO_ESTIMABLE_MODEL,
        /** The model has more parameters than the capture histories that can occur can identify. */
        MODEL_NOT_IDENTIFIABLE,
        /** Fewer than two bootstrap replicates gave an estimate. */
        BOOTSTRAP_FAILED
    }

    private final Reason reason;

    UnableToEstimateException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
