package org.cthub.store.casework;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.Consent;
import org.cthub.store.Database;
import org.cthub.store.RecordNotFoundException;
import org.cthub.store.audit.AuditLog;
import org.cthub.store.cases.CaseRows;

/**
 * The history of a person's consent, and its current state: the latest event of each kind (by the date it
 * was given, then by the order recorded). Recording an event that changes the current state writes it into
 * the case in the same transaction, as a new version of the record and in {@code consent_to_share}, so that
 * exports and releases, which read those, honour a withdrawal from the moment it is recorded.
 */
public final class Consents {

    /** The longest scope kept. */
    public static final int MAX_SCOPE = 500;

    private static final String COLUMNS = "id, case_id, kind, given, scope, given_on, recorded_by, recorded_at";

    private final Database database;
    private final CaseVersions versions;
    private final Trail trail;
    private final Clock clock;

    public Consents(Database database, CaseRows rows, AuditLog audit, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.versions = new CaseVersions(rows);
        this.trail = new Trail(audit);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records consent given ({@code given} true), refused or withdrawn (false).
     *
     * @param scope what the consent covers, in words without personal data, or null
     * @return the event's id
     * @throws IllegalArgumentException when a required value is missing, the scope is longer than
     *     {@value #MAX_SCOPE} characters, or the date is in the future
     * @throws RecordNotFoundException when the case does not exist or is voided
     */
    public long record(long caseId, ConsentKind kind, boolean given, String scope, LocalDate givenOn, String actor) {
        Checks.required("kind", kind);
        Checks.notAfter("givenOn", Checks.required("givenOn", givenOn), LocalDate.now(clock));
        String cleanScope = Checks.text("scope", scope, MAX_SCOPE);
        String by = Checks.actor(actor);
        return database.inTransaction(connection -> {
            CaseVersions.StoredRow current = CaseVersions.lock(connection, caseId);
            OffsetDateTime now = Jdbc.now(clock);
            long id = Jdbc.insert(connection, "INSERT INTO consent_event (case_id, kind, given, scope, given_on, "
                    + "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    Arrays.asList(caseId, kind, given, cleanScope, givenOn, by, now));
            CaseRecord record = versions.decrypt(current).record();
            Consent consent = applied(record.consent(), current(connection, caseId));
            if (!consent.equals(record.consent())) {
                versions.update(connection, current, current.version(), Records.withConsent(record, consent), by, now);
            }
            trail.record(connection, by, "CONSENT_RECORD", "CASE", caseId, "kind=" + kind + " given=" + given);
            return id;
        });
    }

    /** Every consent event of a case, newest first. */
    public List<ConsentEvent> history(long caseId) {
        return database.inTransaction(connection -> read(connection, "SELECT " + COLUMNS + " FROM consent_event "
                + "WHERE case_id = ? ORDER BY given_on DESC, id DESC", caseId));
    }

    /** The current consent of a case: the latest event of each kind that has any. */
    public Map<ConsentKind, ConsentEvent> current(long caseId) {
        return database.inTransaction(connection -> current(connection, caseId));
    }

    private static Map<ConsentKind, ConsentEvent> current(Connection connection, long caseId) throws SQLException {
        Map<ConsentKind, ConsentEvent> latest = new EnumMap<>(ConsentKind.class);
        for (ConsentEvent event : read(connection, "SELECT " + COLUMNS + " FROM consent_event WHERE case_id = ? "
                + "ORDER BY given_on DESC, id DESC", caseId)) {
            latest.putIfAbsent(event.kind(), event);
        }
        return latest;
    }

    /** The record's consent with each kind that has events replaced by its latest; others stay as imported. */
    private static Consent applied(Consent consent, Map<ConsentKind, ConsentEvent> latest) {
        ConsentEvent assistance = latest.get(ConsentKind.ASSISTANCE);
        ConsentEvent sharing = latest.get(ConsentKind.SHARING);
        // Boxed on both sides: a mixed Boolean/boolean conditional unboxes, and "not recorded" (null) would throw.
        return new Consent(assistance == null ? consent.toAssistance() : Boolean.valueOf(assistance.given()),
                sharing == null ? consent.toShareAnonymised() : Boolean.valueOf(sharing.given()));
    }

    private static List<ConsentEvent> read(Connection connection, String sql, long caseId) throws SQLException {
        List<ConsentEvent> events = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, caseId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    events.add(new ConsentEvent(row.getLong("id"), row.getLong("case_id"),
                            ConsentKind.valueOf(row.getString("kind")), row.getBoolean("given"), row.getString("scope"),
                            Jdbc.date(row, "given_on"), row.getString("recorded_by"),
                            Jdbc.instant(row, "recorded_at")));
                }
            }
        }
        return events;
    }
}
