package org.cthub.store;

/** A schema migration failed. Flyway leaves the schema at the last migration that succeeded. */
public final class UnableToMigrateDatabaseException extends StoreException {

    private static final long serialVersionUID = 1L;

    UnableToMigrateDatabaseException(String message, Throwable cause) {
        super(StoreErrorCode.E5002_MIGRATE_DATABASE, message, cause);
    }
}
