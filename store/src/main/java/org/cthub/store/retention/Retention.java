package org.cthub.store.retention;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cthub.store.Database;
import org.cthub.store.cases.CaseIdentifiers;
import org.cthub.store.cases.CaseRows;

/**
 * The retention job (IOM data-protection principle 9): erases the personal identifiers of every case closed
 * longer ago than its organisation keeps them ({@code organisation.retention_days}, else the installation's
 * default). See {@link Erasure} for what erasing means.
 *
 * <p>Works in batches, each its own transaction, so memory stays flat and locks short whatever the number of
 * cases, and an interrupted run keeps what it did: running it again continues. Cases already erased are never
 * selected again, so runs are idempotent. An organisation is done when a batch finds nothing due; a case that
 * stopped being due between being found and being locked (reopened, or erased on request) is left alone.
 */
public final class Retention {

    static final int DEFAULT_BATCH_SIZE = 500;

    private record Policy(long organisationId, String code, Integer retentionDays) {
    }

    /** One transaction's work: the cases found due, and those still due once locked, which it erased. */
    private record Batch(int due, int erased) {
    }

    private final Database database;
    private final Erasure erasure;
    private final int batchSize;

    public Retention(Database database, CaseRows rows) {
        this(database, rows, DEFAULT_BATCH_SIZE);
    }

    Retention(Database database, CaseRows rows, int batchSize) {
        this.database = Objects.requireNonNull(database, "database");
        this.erasure = new Erasure(new CaseIdentifiers(rows));
        if (batchSize < 1) {
            throw new IllegalArgumentException("A batch holds at least one case");
        }
        this.batchSize = batchSize;
    }

    /**
     * Erases what is due at an instant.
     *
     * @param now the instant periods are measured back from, usually {@link Clock#instant()}
     * @param defaultRetentionDays the period of organisations that set none, 0 or more days
     * @param actor who runs it, {@code system} for the scheduled job; recorded as the change's author
     * @throws IllegalArgumentException when the default is negative or the actor is not named
     */
    public RetentionReport run(Instant now, int defaultRetentionDays, String actor) {
        return run(now, defaultRetentionDays, actor, null);
    }

    /**
     * Like {@link #run(Instant, int, String)}, for one organisation only when {@code organisationId} is not
     * null: an organisation's administrator runs it for their own cases, never for another organisation's.
     */
    public RetentionReport run(Instant now, int defaultRetentionDays, String actor, Long organisationId) {
        Objects.requireNonNull(now, "now");
        if (defaultRetentionDays < 0) {
            throw new IllegalArgumentException("A retention period is 0 or more days");
        }
        if (actor == null || actor.isBlank() || actor.length() > 100) {
            throw new IllegalArgumentException("The actor must be named, in 1 to 100 characters");
        }
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        Map<String, Long> erased = new LinkedHashMap<>();
        for (Policy policy : policies()) {
            if (organisationId != null && policy.organisationId() != organisationId) {
                continue;
            }
            int days = policy.retentionDays() == null ? defaultRetentionDays : policy.retentionDays();
            long count = eraseClosedBefore(policy.organisationId(), at.minusDays(days), at, actor);
            if (count > 0) {
                erased.put(policy.code(), count);
            }
        }
        return new RetentionReport(at.toInstant(), erased);
    }

    private long eraseClosedBefore(long organisationId, OffsetDateTime cutoff, OffsetDateTime now, String actor) {
        long total = 0;
        Batch batch;
        do {
            batch = database.inTransaction(connection -> {
                List<Long> due = due(connection, organisationId, cutoff);
                List<Erasure.Target> targets = Erasure.lock(connection, due, cutoff);
                erasure.erase(connection, targets, now, actor);
                return new Batch(due.size(), targets.size());
            });
            total += batch.erased();
        } while (batch.due() > 0);
        return total;
    }

    /**
     * Some of the cases due, in no particular order: without an order the index scan stops at the limit, where
     * sorting would read every due case for every batch. Erased cases leave the index range, so the next batch
     * finds the next ones.
     */
    private List<Long> due(Connection connection, long organisationId, OffsetDateTime cutoff) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM trafficking_case "
                + "WHERE organisation_id = ? AND identifiers_erased_at IS NULL AND closed_at < ? LIMIT " + batchSize)) {
            select.setLong(1, organisationId);
            select.setObject(2, cutoff);
            List<Long> ids = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getLong(1));
                }
            }
            return ids;
        }
    }

    private List<Policy> policies() {
        return database.inTransaction(connection -> {
            List<Policy> policies = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, code, retention_days FROM organisation ORDER BY code");
                 ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    policies.add(new Policy(row.getLong("id"), row.getString("code"),
                            row.getObject("retention_days", Integer.class)));
                }
            }
            return policies;
        });
    }
}
