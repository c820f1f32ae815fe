/**
 * The confidential store: one {@link org.cthub.store.Database} (PostgreSQL in production, H2 embedded) with
 * its Flyway migrations, and a repository per feature in the sub-packages: {@code organisations},
 * {@code cases}, {@code imports} and {@code crypto} (encryption of personal identifiers at rest).
 *
 * <p>Every failure surfaces as a {@link org.cthub.store.StoreException} whose subclass names the action that
 * failed and whose {@link org.cthub.store.StoreErrorCode} is stable. No message carries a personal value:
 * database errors are reduced to their SQLState before they leave this module.
 */
package org.cthub.store;
