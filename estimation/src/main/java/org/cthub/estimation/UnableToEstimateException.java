package org.cthub.estimation;

/**
 * No population estimate can be given for this table and model: the model is not identifiable, its maximum
 * likelihood estimate does not exist, or the options ask for something the method cannot do.
 */
public final class UnableToEstimateException extends EstimationException {

    private static final long serialVersionUID = 1L;

    UnableToEstimateException(String message) {
        super(message);
    }
}
