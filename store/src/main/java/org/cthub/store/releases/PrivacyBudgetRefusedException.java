package org.cthub.store.releases;

import java.math.BigDecimal;
import org.cthub.store.StoreErrorCode;
import org.cthub.store.StoreException;

/** A charge that would take a dataset past its privacy budget; nothing was charged and no noise may be drawn. */
public final class PrivacyBudgetRefusedException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final BigDecimal epsilonRemaining;

    PrivacyBudgetRefusedException(String dataset, BigDecimal epsilon, BigDecimal epsilonRemaining, BigDecimal delta,
                                  BigDecimal deltaRemaining) {
        super(StoreErrorCode.E5013_REFUSED, "The privacy budget of " + dataset + " has epsilon "
                + epsilonRemaining.stripTrailingZeros().toPlainString() + " and delta "
                + deltaRemaining.stripTrailingZeros().toPlainString() + " left; this release asks for epsilon "
                + epsilon.stripTrailingZeros().toPlainString() + " and delta "
                + delta.stripTrailingZeros().toPlainString(), null);
        this.epsilonRemaining = epsilonRemaining;
    }

    public BigDecimal epsilonRemaining() {
        return epsilonRemaining;
    }
}
