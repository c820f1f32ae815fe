package org.cthub.store.retention;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.OptionalInt;
import org.cthub.store.Database;
import org.cthub.store.RecordNotFoundException;

/** How long each organisation keeps the identifiers of a closed case ({@code organisation.retention_days}). */
public final class RetentionSettings {

    private final Database database;
    private final Clock clock;

    public RetentionSettings(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Sets an organisation's period.
     *
     * @param days 0 or more days, or null for the installation's default
     * @throws IllegalArgumentException when days is negative
     * @throws RecordNotFoundException when there is no such organisation
     */
    public void setRetentionDays(long organisationId, Integer days, String actor) {
        if (days != null && days < 0) {
            throw new IllegalArgumentException("A retention period is 0 or more days");
        }
        if (actor == null || actor.isBlank() || actor.length() > 100) {
            throw new IllegalArgumentException("The actor must be named, in 1 to 100 characters");
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MICROS);
        int updated = database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE organisation SET retention_days = ?, "
                    + "changed_at = ?, changed_by = ? WHERE id = ?")) {
                if (days == null) {
                    update.setNull(1, Types.INTEGER);
                } else {
                    update.setInt(1, days);
                }
                update.setObject(2, now);
                update.setString(3, actor);
                update.setLong(4, organisationId);
                return update.executeUpdate();
            }
        });
        if (updated == 0) {
            throw new RecordNotFoundException("organisation", organisationId);
        }
    }

    /**
     * An organisation's own period; empty when it uses the installation's default.
     *
     * @throws RecordNotFoundException when there is no such organisation
     */
    public OptionalInt retentionDays(long organisationId) {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT retention_days FROM organisation WHERE id = ?")) {
                select.setLong(1, organisationId);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        throw new RecordNotFoundException("organisation", organisationId);
                    }
                    Integer days = row.getObject(1, Integer.class);
                    return days == null ? OptionalInt.empty() : OptionalInt.of(days);
                }
            }
        });
    }
}
