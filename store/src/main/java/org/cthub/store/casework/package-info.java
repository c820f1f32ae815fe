/**
 * Case management by caseworkers, the store side of the web application's case pages: case files with
 * optimistic locking and allocated references ({@link org.cthub.store.casework.CaseFiles}), the case list
 * with organisation boundaries and referrals, the "already registered?" check, screenings that open cases,
 * national referral mechanism decisions, consent history, services delivered, and supervised closure.
 * {@link org.cthub.store.casework.Casework} wires them all.
 *
 * <p>Every write takes the acting username, runs in one transaction with its audit entry, and is checked:
 * arguments fail with an {@link java.lang.IllegalArgumentException} naming the field (never its value),
 * a state that forbids the action with an {@link java.lang.IllegalStateException}, a missing record with an
 * {@link org.cthub.store.RecordNotFoundException}. Personal values (names, birth dates, notes)
 * are stored encrypted and never appear in a message or a {@code toString}. Checking the user's privileges
 * is the application's job; these repositories enforce the rules of the data.
 */
package org.cthub.store.casework;
