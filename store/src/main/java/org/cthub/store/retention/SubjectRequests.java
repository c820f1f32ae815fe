package org.cthub.store.retention;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cthub.store.Database;
import org.cthub.store.RecordNotFoundException;
import org.cthub.store.cases.CaseIdentifiers;
import org.cthub.store.cases.CaseRows;
import org.cthub.store.crypto.EncryptedValue;
import org.cthub.store.referrals.Referrals;

/**
 * The requests of the people the data is about (IOM data-protection principle 7): recorded, honoured, and kept
 * as the record that they were. Erasure is honoured here; access by {@link #exportFor}, which the web layer
 * renders; rectification by correcting the case, then {@link #complete}. Each method is one transaction.
 */
public final class SubjectRequests {

    private final Database database;
    private final CaseIdentifiers identifiers;
    private final Erasure erasure;
    private final Referrals referrals;
    private final Clock clock;

    public SubjectRequests(Database database, CaseRows rows, Referrals referrals, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.identifiers = new CaseIdentifiers(rows);
        this.erasure = new Erasure(identifiers);
        this.referrals = Objects.requireNonNull(referrals, "referrals");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records a request about a case.
     *
     * @param receivedOn the day the person made it, from which the time to answer runs
     * @return the request's id
     * @throws RecordNotFoundException when there is no such case
     */
    public long record(long caseId, SubjectRequestKind kind, LocalDate receivedOn, String actor) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(receivedOn, "receivedOn");
        requireActor(actor);
        return database.inTransaction(connection -> {
            requireCase(connection, caseId);
            return SubjectRequestRows.insert(connection, caseId, kind, receivedOn, actor, now());
        });
    }

    public Optional<SubjectRequest> find(long requestId) {
        return database.inTransaction(connection -> SubjectRequestRows.find(connection, requestId, false));
    }

    /** The requests about the cases an organisation owns, open ones first, then newest first. */
    public List<SubjectRequest> forOrganisation(long organisationId) {
        return database.inTransaction(connection -> SubjectRequestRows.forOrganisation(connection, organisationId));
    }

    /**
     * Notes a request as honoured; a request completed already stays as it was.
     *
     * @throws RecordNotFoundException when there is no such request
     */
    public SubjectRequest complete(long requestId, String actor) {
        requireActor(actor);
        return database.inTransaction(connection -> {
            SubjectRequest request = lock(connection, requestId);
            if (!request.isCompleted()) {
                SubjectRequestRows.complete(connection, requestId, actor, now());
            }
            return SubjectRequestRows.find(connection, requestId, false).orElseThrow();
        });
    }

    /**
     * Honours an erasure request now: erases the case's identifiers as retention does, and completes the
     * request, together. A case erased already is left as it is.
     *
     * @throws IllegalArgumentException when the request is not an erasure request about this case
     * @throws RecordNotFoundException when there is no such request
     */
    public SubjectRequest erase(long caseId, long requestId, String actor) {
        requireActor(actor);
        return database.inTransaction(connection -> {
            SubjectRequest request = lock(connection, requestId);
            if (request.caseId() != caseId || request.kind() != SubjectRequestKind.ERASURE) {
                throw new IllegalArgumentException("Subject request " + requestId + " is not an erasure request "
                        + "about case " + caseId);
            }
            if (!request.isCompleted()) {
                OffsetDateTime now = now();
                erasure.erase(connection, Erasure.lock(connection, List.of(caseId), null), now, actor);
                SubjectRequestRows.complete(connection, requestId, actor, now);
            }
            return SubjectRequestRows.find(connection, requestId, false).orElseThrow();
        });
    }

    /**
     * Everything held about a case, decrypted, with its referrals: the answer to an access request.
     *
     * @throws RecordNotFoundException when there is no such case
     */
    public SubjectExport exportFor(long caseId) {
        SubjectExport withoutReferrals = database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT c.organisation_id, o.code, "
                    + "c.reference, c.version, c.record_json, c.identifiers, c.key_id, c.identifiers_erased_at "
                    + "FROM trafficking_case c JOIN organisation o ON o.id = c.organisation_id WHERE c.id = ?")) {
                select.setLong(1, caseId);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        throw new RecordNotFoundException("case", caseId);
                    }
                    OffsetDateTime erasedAt = row.getObject("identifiers_erased_at", OffsetDateTime.class);
                    return new SubjectExport(caseId, row.getString("code"), row.getInt("version"),
                            identifiers.restore(row.getLong("organisation_id"), row.getString("reference"),
                                    row.getString("record_json"),
                                    new EncryptedValue(row.getString("key_id"), row.getString("identifiers"))),
                            erasedAt == null ? null : erasedAt.toInstant(), List.of());
                }
            }
        });
        return new SubjectExport(caseId, withoutReferrals.organisationCode(), withoutReferrals.version(),
                withoutReferrals.record(), withoutReferrals.identifiersErasedAt(), referrals.forCase(caseId));
    }

    private static SubjectRequest lock(Connection connection, long requestId) throws SQLException {
        return SubjectRequestRows.find(connection, requestId, true)
                .orElseThrow(() -> new RecordNotFoundException("subject request", requestId));
    }

    private static void requireCase(Connection connection, long caseId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COUNT(*) FROM trafficking_case WHERE id = ?")) {
            select.setLong(1, caseId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                if (row.getLong(1) == 0) {
                    throw new RecordNotFoundException("case", caseId);
                }
            }
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private static void requireActor(String actor) {
        if (actor == null || actor.isBlank() || actor.length() > 100) {
            throw new IllegalArgumentException("The actor must be named, in 1 to 100 characters");
        }
    }
}
