package org.cthub.store.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.cthub.store.Database;

/**
 * The append-only, tamper-evident audit trail. Each entry's hash is SHA-256 over its sequence number, its
 * fields (each length-prefixed, so no two entries hash the same text) and the previous entry's hash; the chain
 * starts from 64 zeros. Appending locks the single {@code audit_head} row, so concurrent appends queue up and
 * the chain never forks. Verification recomputes every hash and reports the first entry that does not hold.
 */
public final class AuditLog {

    /** The hash the first entry links to. */
    public static final String GENESIS = "0".repeat(64);

    private static final String COLUMNS = "seq, occurred_at, actor, organisation_code, action, object_type, "
            + "object_id, outcome, detail, previous_hash, hash";

    private final Database database;
    private final Clock clock;

    public AuditLog(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Records an event in its own transaction and returns its sequence number. */
    public long append(AuditEvent event) {
        return database.inTransaction(connection -> append(connection, event));
    }

    /**
     * Records an event inside the caller's transaction, so that a change and its audit entry are committed,
     * or rolled back, together.
     */
    public long append(Connection connection, AuditEvent event) throws SQLException {
        Objects.requireNonNull(event, "event");
        long lastSeq;
        String lastHash;
        try (PreparedStatement head = connection.prepareStatement(
                "SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE");
             ResultSet row = head.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("The audit trail's head row is missing");
            }
            lastSeq = row.getLong(1);
            lastHash = row.getString(2);
        }
        long seq = lastSeq + 1;
        Instant occurredAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        String hash = hash(seq, occurredAt, event, lastHash);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO audit_event (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, seq);
            insert.setObject(2, OffsetDateTime.ofInstant(occurredAt, ZoneOffset.UTC));
            insert.setString(3, event.actor());
            insert.setString(4, event.organisationCode());
            insert.setString(5, event.action());
            insert.setString(6, event.objectType());
            insert.setString(7, event.objectId());
            insert.setString(8, event.outcome().name());
            insert.setString(9, event.detail());
            insert.setString(10, lastHash);
            insert.setString(11, hash);
            insert.executeUpdate();
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
            update.setLong(1, seq);
            update.setString(2, hash);
            update.executeUpdate();
        }
        return seq;
    }

    /**
     * Entries, newest first, optionally only those of one actor, one action or one object.
     *
     * @param filter which entries; its null fields match everything
     * @param before only entries with a smaller sequence number, or null for the newest
     * @param limit at most this many
     */
    public List<AuditEntry> page(AuditFilter filter, Long before, int limit) {
        Objects.requireNonNull(filter, "filter");
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> values = new ArrayList<>();
        condition(where, values, "actor", filter.actor());
        condition(where, values, "action", filter.action());
        condition(where, values, "object_type", filter.objectType());
        condition(where, values, "object_id", filter.objectId());
        condition(where, values, "organisation_code", filter.organisationCode());
        if (before != null) {
            where.append(" AND seq < ?");
            values.add(before);
        }
        String sql = "SELECT " + COLUMNS + " FROM audit_event" + where + " ORDER BY seq DESC LIMIT "
                + Math.max(1, Math.min(limit, 1000));
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.size(); i++) {
                    select.setObject(i + 1, values.get(i));
                }
                List<AuditEntry> entries = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        entries.add(read(row));
                    }
                }
                return entries;
            }
        });
    }

    /** Recomputes the whole chain, oldest first, and reports the first entry that does not hold. */
    public AuditVerification verify() {
        return database.inTransaction(connection -> {
            long checked = 0;
            long expectedSeq = 1;
            String previous = GENESIS;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM audit_event ORDER BY seq")) {
                select.setFetchSize(1000);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        AuditEntry entry = read(row);
                        checked++;
                        if (entry.seq() != expectedSeq) {
                            return new AuditVerification(checked, expectedSeq, "entry " + expectedSeq
                                    + " is missing (the next one is " + entry.seq() + ")");
                        }
                        if (!entry.previousHash().equals(previous)) {
                            return new AuditVerification(checked, entry.seq(),
                                    "entry " + entry.seq() + " does not link to the entry before it");
                        }
                        if (!hash(entry.seq(), entry.occurredAt(), entry.event(), previous).equals(entry.hash())) {
                            return new AuditVerification(checked, entry.seq(),
                                    "entry " + entry.seq() + " was changed after it was written");
                        }
                        previous = entry.hash();
                        expectedSeq++;
                    }
                }
            }
            try (PreparedStatement head = connection.prepareStatement(
                    "SELECT last_seq, last_hash FROM audit_head WHERE id = 1");
                 ResultSet row = head.executeQuery()) {
                row.next();
                if (row.getLong(1) != expectedSeq - 1 || !row.getString(2).equals(previous)) {
                    return new AuditVerification(checked, expectedSeq - 1 == row.getLong(1) ? expectedSeq - 1
                            : Math.min(expectedSeq, row.getLong(1)),
                            "the trail ends at entry " + (expectedSeq - 1) + " but its head says "
                                    + row.getLong(1) + ": entries were removed from the end");
                }
            }
            return new AuditVerification(checked, null, null);
        });
    }

    static String hash(long seq, Instant occurredAt, AuditEvent event, String previousHash) {
        StringBuilder text = new StringBuilder(256);
        field(text, Long.toString(seq));
        field(text, occurredAt.toString());
        field(text, event.actor());
        field(text, event.organisationCode());
        field(text, event.action());
        field(text, event.objectType());
        field(text, event.objectId());
        field(text, event.outcome().name());
        field(text, event.detail());
        field(text, previousHash);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static void field(StringBuilder text, String value) {
        if (value == null) {
            text.append("-1:");
        } else {
            text.append(value.length()).append(':').append(value);
        }
        text.append('|');
    }

    private static void condition(StringBuilder where, List<Object> values, String column, String value) {
        if (value != null && !value.isBlank()) {
            where.append(" AND ").append(column).append(" = ?");
            values.add(value);
        }
    }

    private static AuditEntry read(ResultSet row) throws SQLException {
        AuditEvent event = new AuditEvent(row.getString("actor"), row.getString("organisation_code"),
                row.getString("action"), row.getString("object_type"), row.getString("object_id"),
                AuditEvent.Outcome.valueOf(row.getString("outcome")), row.getString("detail"));
        return new AuditEntry(row.getLong("seq"), row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                event, row.getString("previous_hash"), row.getString("hash"));
    }
}
