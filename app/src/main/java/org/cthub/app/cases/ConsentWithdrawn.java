package org.cthub.app.cases;

/**
 * Told when a person withdraws consent (to assistance or to sharing) in a case, so that every feature that
 * shares the case stops at once: referrals end, the case leaves other organisations' lists.
 */
public interface ConsentWithdrawn {

    void withdrawn(long caseId);
}
