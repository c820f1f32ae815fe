/**
 * Retention and the person's rights (IOM data-protection principles 7 and 9). {@link
 * org.cthub.store.retention.Retention} erases the identifiers of cases closed longer than their organisation
 * keeps them; {@link org.cthub.store.retention.SubjectRequests} records a person's requests (a copy of their
 * data, a correction, erasure) and honours erasure and access; {@link
 * org.cthub.store.retention.RetentionSettings} holds each organisation's period.
 *
 * <p>Erasure pseudonymises: the case stays, with its non-identifying record for statistics, while its
 * identifiers and free text, in the case and in every earlier version, become an empty set, and its match key
 * and the notes of its referrals go. An erased case is never erased twice.
 */
package org.cthub.store.retention;
