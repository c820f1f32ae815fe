/**
 * Referrals and transfers between organisations as caseworkers use them: the case page's section where the
 * owner refers or transfers a case and follows it up, the inbox where the receiving organisation answers what
 * was sent to it (seeing only a summary that identifies nobody until it accepts), and the list of everything
 * an organisation sent and accepted. Every read and change is checked by authority and organisation and
 * recorded in the audit trail with ids and codes only. The rules themselves (consent, ownership, states) are
 * the store's ({@link org.cthub.store.referrals.Referrals}); this package maps its refusals to words.
 */
package org.cthub.app.referrals;
