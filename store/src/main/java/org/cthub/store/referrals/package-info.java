/**
 * Referrals and transfers of cases between organisations (IOM data-protection principle 5: transfer to third
 * parties only with consent, for a stated purpose). A referral gives the receiving organisation access to the
 * case while the owner keeps it; a transfer moves ownership once accepted. {@link
 * org.cthub.store.referrals.Referrals} sends them, moves them through their states and answers who may see a
 * case ({@link org.cthub.store.referrals.CaseAccess}).
 *
 * <p>Rows are locked case first, then referral, in every transaction here, so that two of them never wait for
 * each other. Free text (response notes) is stored encrypted; the services requested are a picklist, so that
 * what a receiving organisation reads before it accepts holds no identifier by construction.
 */
package org.cthub.store.referrals;
