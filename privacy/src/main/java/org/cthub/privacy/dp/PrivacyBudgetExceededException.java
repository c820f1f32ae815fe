package org.cthub.privacy.dp;

import java.math.BigDecimal;

/** Thrown when a release would spend more of a dataset's privacy budget than is left; nothing is charged. */
public final class PrivacyBudgetExceededException extends RuntimeException {

    private final String dataset;
    private final BigDecimal requestedEpsilon;
    private final BigDecimal remainingEpsilon;

    PrivacyBudgetExceededException(String dataset, String purpose, BigDecimal requestedEpsilon,
                                   BigDecimal remainingEpsilon, BigDecimal requestedDelta,
                                   BigDecimal remainingDelta) {
        super("Unable to release '" + purpose + "' from dataset " + dataset + ": it needs epsilon "
                + requestedEpsilon.toPlainString() + " and delta " + requestedDelta.toPlainString() + ", but only "
                + remainingEpsilon.toPlainString() + " and " + remainingDelta.toPlainString() + " remain");
        this.dataset = dataset;
        this.requestedEpsilon = requestedEpsilon;
        this.remainingEpsilon = remainingEpsilon;
    }

    public String dataset() {
        return dataset;
    }

    public BigDecimal requestedEpsilon() {
        return requestedEpsilon;
    }

    public BigDecimal remainingEpsilon() {
        return remainingEpsilon;
    }
}
