package org.cthub.estimation;

import java.util.List;

/** A model given in advance (main effects only, or chosen interactions): fitted as is. */
record FixedModel(LogLinearModel model) implements ModelSelector {

    @Override
    public Selection select(long[] countsByHistory) {
        LogLinearFit fit = LogLinearFit.fit(countsByHistory, model).orElseThrow(() -> new UnableToEstimateException(UnableToEstimateException.Reason.MODEL_NOT_IDENTIFIABLE,
                "Unable to fit the model: it is not identifiable for these data (too many parameters for the "
                        + "capture histories that can occur)"));
        return new Selection(fit, List.of(fit));
    }
}
