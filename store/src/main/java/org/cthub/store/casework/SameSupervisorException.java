package org.cthub.store.casework;

/**
 * A closure decided by the account that asked for it: what the supervisor's approval is there to stop, so
 * callers record the attempt. An {@link IllegalArgumentException}, as the store's other refusals of a
 * decision are.
 */
public final class SameSupervisorException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    SameSupervisorException() {
        super("supervisor must be someone other than who requested the closure");
    }
}
