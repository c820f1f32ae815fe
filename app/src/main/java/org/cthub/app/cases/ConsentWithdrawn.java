package org.cthub.app.cases;

/**
 * Told when a person withdraws consent (to assistance or to sharing) that they had given: whatever the consent
 * allowed must stop, such as referrals of the case to other organisations. Every bean implementing this is
 * called, after the withdrawal is recorded, by the account that recorded it; so features plug in without
 * changing the consent pages.
 */
public interface ConsentWithdrawn {

    /** The person of the case withdrew consent. Must not fail for a case with nothing to stop. */
    void withdrawn(long caseId);
}
