package org.cthub.store.casework;

import java.util.function.Supplier;
import org.cthub.store.UnableToExecuteStatementException;

/**
 * Runs a transaction again when it lost a race on a unique key: two first allocations of a year's reference
 * counter, or a reference an import took between the check and the insert. The loser's transaction was rolled
 * back as a whole, so running it again is safe; the retry sees the winner's row.
 */
final class Retry {

    private static final int ATTEMPTS = 3;

    private Retry() {
    }

    static <T> T onUniqueViolation(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (UnableToExecuteStatementException e) {
                if (!e.isUniqueViolation() || attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
