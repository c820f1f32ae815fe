package org.cthub.store.casework;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.CaseStatus;
import org.cthub.standard.htcds.Picklists;
import org.cthub.store.Database;
import org.cthub.store.RecordNotFoundException;
import org.cthub.store.audit.AuditLog;
import org.cthub.store.cases.CaseRows;
import org.cthub.store.crypto.EncryptedValue;
import org.cthub.store.crypto.IdentifierCipher;

/**
 * Closing a case under supervision: a caseworker requests it with a reason, a supervisor other than the
 * requester approves or rejects it. Approval closes the case in the same transaction, as a new version with
 * the status, the reason for closure and {@code closed_at}. A case has at most one pending request.
 */
public final class ClosureRequests {

    /** The longest note kept. */
    public static final int MAX_NOTE = 2000;

    private static final String COLUMNS = "id, case_id, reason, target_status, created_by, created_at, decision, "
            + "decided_by, decided_at, note, note_key_id";

    private final Database database;
    private final CaseVersions versions;
    private final IdentifierCipher cipher;
    private final Trail trail;
    private final Clock clock;

    public ClosureRequests(Database database, CaseRows rows, IdentifierCipher cipher, AuditLog audit, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.versions = new CaseVersions(rows);
        this.cipher = Objects.requireNonNull(cipher, "cipher");
        this.trail = new Trail(audit);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Asks to close a case.
     *
     * @param targetStatus {@link CaseStatus#CLOSED} or {@link CaseStatus#CLOSED_REFERRED}
     * @return the request's id
     * @throws IllegalArgumentException when the reason is missing or the status does not close a case
     * @throws IllegalStateException when the case is closed already or has a pending request
     */
    public long request(long caseId, ClosureReason reason, CaseStatus targetStatus, String actor) {
        Checks.required("reason", reason);
        if (targetStatus != CaseStatus.CLOSED && targetStatus != CaseStatus.CLOSED_REFERRED) {
            throw new IllegalArgumentException("targetStatus must be Closed or ClosedReferred");
        }
        String by = Checks.actor(actor);
        return database.inTransaction(connection -> {
            CaseVersions.StoredRow current = CaseVersions.lock(connection, caseId);
            if (current.closedAt() != null) {
                throw new IllegalStateException("Case " + caseId + " is closed already");
            }
            if (!select(connection, "pending_case_id = ?", caseId).isEmpty()) {
                throw new IllegalStateException("Case " + caseId + " has a pending closure request already");
            }
            long id = Jdbc.insert(connection, "INSERT INTO closure_request (case_id, pending_case_id, reason, "
                    + "target_status, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)",
                    List.of(caseId, caseId, reason, targetStatus.valueName(), Jdbc.now(clock), by));
            trail.record(connection, by, "CLOSURE_REQUEST", "CASE", caseId, "request=" + id + " reason=" + reason);
            return id;
        });
    }

    /**
     * Approves a pending request and closes its case.
     *
     * @param note the supervisor's note, or null; stored encrypted
     * @throws IllegalArgumentException when the supervisor made the request (four eyes), or the note is too long
     * @throws IllegalStateException when the request was decided already
     */
    public void approve(long requestId, String supervisor, String note) {
        decide(requestId, ClosureDecision.APPROVED, supervisor, note);
    }

    /** Rejects a pending request; the case stays open. Throws as {@link #approve}. */
    public void reject(long requestId, String supervisor, String note) {
        decide(requestId, ClosureDecision.REJECTED, supervisor, note);
    }

    /** The pending requests of an organisation's cases, oldest first. */
    public List<ClosureRequest> pending(long organisationId) {
        return database.inTransaction(connection -> select(connection, "pending_case_id IN (SELECT id FROM "
                + "trafficking_case WHERE organisation_id = ? AND voided = FALSE) ORDER BY created_at, id",
                organisationId));
    }

    /** Every request of a case, oldest first, notes decrypted. */
    public List<ClosureRequest> list(long caseId) {
        return database.inTransaction(connection -> select(connection, "case_id = ? ORDER BY id", caseId));
    }

    private void decide(long requestId, ClosureDecision decision, String supervisor, String note) {
        String by = Checks.actor(supervisor);
        String cleanNote = Checks.text("note", note, MAX_NOTE);
        database.inTransaction(connection -> {
            long caseId = select(connection, "id = ?", requestId).stream().findFirst()
                    .orElseThrow(() -> new RecordNotFoundException("Closure request", requestId)).caseId();
            // Requests and decisions lock the case first, so reading the request again sees any decision made
            // while this one waited for the lock.
            CaseVersions.StoredRow current = CaseVersions.lock(connection, caseId);
            ClosureRequest request = select(connection, "id = ?", requestId).getFirst();
            if (!request.pending()) {
                throw new IllegalStateException("Closure request " + requestId + " was decided already");
            }
            if (request.createdBy().equalsIgnoreCase(by)) {
                throw new SameSupervisorException();
            }
            OffsetDateTime now = Jdbc.now(clock);
            if (decision == ClosureDecision.APPROVED) {
                CaseRecord record = versions.decrypt(current).record();
                versions.update(connection, current, current.version(), Records.withStatus(record,
                        request.targetStatus(), request.reason().englishLabel()), by, now);
            }
            EncryptedValue sealed = cleanNote == null ? null : cipher.encrypt(cleanNote, place(requestId));
            Jdbc.update(connection, "UPDATE closure_request SET decision = ?, pending_case_id = NULL, decided_by = ?, "
                    + "decided_at = ?, note = ?, note_key_id = ? WHERE id = ?", Arrays.asList(decision, by, now,
                    sealed == null ? null : sealed.ciphertext(), sealed == null ? null : sealed.keyId(), requestId));
            trail.record(connection, by, "CLOSURE_" + decision, "CASE", request.caseId(), "request=" + requestId);
            return null;
        });
    }

    /** The associated data that binds a note to its request. */
    private static String place(long requestId) {
        return "closure_request/" + requestId;
    }

    private List<ClosureRequest> select(Connection connection, String where, long id) throws SQLException {
        List<ClosureRequest> requests = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM closure_request "
                + "WHERE " + where)) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    long requestId = row.getLong("id");
                    String note = row.getString("note");
                    String decision = row.getString("decision");
                    requests.add(new ClosureRequest(requestId, row.getLong("case_id"),
                            ClosureReason.valueOf(row.getString("reason")),
                            Picklists.parse(CaseStatus.class, row.getString("target_status")).orElseThrow(),
                            row.getString("created_by"), Jdbc.instant(row, "created_at"),
                            decision == null ? null : ClosureDecision.valueOf(decision), row.getString("decided_by"),
                            Jdbc.instant(row, "decided_at"), note == null ? null : cipher.decrypt(new EncryptedValue(
                                    row.getString("note_key_id"), note), place(requestId))));
                }
            }
        }
        return requests;
    }
}
