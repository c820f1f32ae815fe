package org.cthub.store.casework;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.store.Database;
import org.cthub.store.RecordNotFoundException;
import org.cthub.store.audit.AuditLog;
import org.cthub.store.cases.CaseRows;

/**
 * The cases caseworkers open, edit, assign and look for. Saving is optimistic: a save names the version it
 * was based on and fails with {@link CaseChangedException} when someone saved in between, so nobody
 * overwrites a change they have not seen. Every version a save replaces is kept in the case's history.
 */
public final class CaseFiles {

    private final Database database;
    private final CaseRows rows;
    private final CaseVersions versions;
    private final Trail trail;
    private final Clock clock;

    public CaseFiles(Database database, CaseRows rows, AuditLog audit, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.rows = Objects.requireNonNull(rows, "rows");
        this.versions = new CaseVersions(rows);
        this.trail = new Trail(audit);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Registers a case. A record without a reference gets the organisation's next one for the current year,
     * such as {@code IOM-NG-2025-000042}; a record without a status is Active.
     *
     * @param caseworker the username responsible, an enabled account of the organisation, or null
     * @return the new case's id
     * @throws IllegalArgumentException when the reference is taken or too long, or the caseworker is not an
     *     account of the organisation
     * @throws RecordNotFoundException when the organisation does not exist
     */
    public long create(long organisationId, CaseRecord record, String caseworker, String actor) {
        Checks.required("record", record);
        String assigned = caseworker == null ? null : Checks.username("caseworker", caseworker);
        String by = Checks.actor(actor);
        return Retry.onUniqueViolation(() -> database.inTransaction(connection ->
                CaseCreation.create(connection, versions, trail, organisationId, record, assigned, by, now())));
    }

    /** The case with an id, decrypted; empty when it does not exist or is voided. */
    public Optional<CaseFile> find(long caseId) {
        return database.inTransaction(connection -> CaseVersions.read(connection, caseId).map(versions::decrypt));
    }

    /**
     * The case with an id if the organisation may see it: it owns it, or accepted its referral or transfer.
     * Empty otherwise, exactly as for a case that does not exist, so that ids of others' cases reveal nothing.
     */
    public Optional<CaseFile> find(long caseId, long visibleToOrganisationId) {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM trafficking_case c "
                    + "WHERE c.id = ? AND (c.organisation_id = ? OR (c.consent_to_share = TRUE AND c.id IN ("
                    + CaseSearch.REFERRED_TO + ")))")) {
                Jdbc.bind(select, List.of(caseId, visibleToOrganisationId, visibleToOrganisationId));
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                }
            }
            return CaseVersions.read(connection, caseId).map(versions::decrypt);
        });
    }

    /**
     * Saves a new version of a case: the previous one goes to the history, the query columns and match key
     * are recomputed, and {@code closed_at} is set when the status becomes Closed or ClosedReferred (cleared
     * when it is reopened). A record without a reference keeps the case's.
     *
     * @param expectedVersion the version the caseworker's change is based on
     * @return the new version
     * @throws CaseChangedException when the case is no longer at {@code expectedVersion}; nothing is written
     * @throws IllegalArgumentException when the record's reference differs from the case's: the reference
     *     binds the encrypted identifiers and their history, so it never changes
     * @throws RecordNotFoundException when the case does not exist or is voided
     */
    public int save(long caseId, int expectedVersion, CaseRecord record, String actor) {
        Checks.required("record", record);
        String by = Checks.actor(actor);
        return database.inTransaction(connection -> {
            CaseVersions.StoredRow current = CaseVersions.lock(connection, caseId);
            String reference = record.caseInfo().reference();
            if (reference != null && !reference.isBlank() && !reference.equals(current.reference())) {
                throw new IllegalArgumentException("reference cannot change: it identifies the case and its history");
            }
            int version = versions.update(connection, current, expectedVersion,
                    Records.withReference(record, current.reference()), by, now());
            trail.record(connection, by, "CASE_UPDATE", "CASE", caseId, "version=" + version + " status="
                    + (record.caseInfo().status() == null ? "" : record.caseInfo().status().valueName()));
            return version;
        });
    }

    /**
     * Makes a user responsible for a case, or nobody when {@code caseworker} is null. Changes no version: the
     * assignment is not part of the case record.
     *
     * @throws IllegalArgumentException when the caseworker is not an enabled account of the case's organisation
     */
    public void assign(long caseId, String caseworker, String actor) {
        String assigned = caseworker == null ? null : Checks.username("caseworker", caseworker);
        String by = Checks.actor(actor);
        database.inTransaction(connection -> {
            CaseVersions.StoredRow current = CaseVersions.lock(connection, caseId);
            if (assigned != null) {
                CaseCreation.requireAccount(connection, current.organisationId(), assigned);
            }
            Jdbc.update(connection, "UPDATE trafficking_case SET caseworker = ? WHERE id = ?",
                    Arrays.asList(assigned, caseId));
            trail.record(connection, by, "CASE_ASSIGN", "CASE", caseId, null);
            return null;
        });
    }

    /** A page of the case list, with the total; see {@link CaseQuery} for what an organisation sees. */
    public CasePage search(CaseQuery query) {
        Checks.required("query", query);
        return database.inTransaction(connection -> CaseSearch.run(connection, rows, query));
    }

    /** The exact number of cases the query matches, however many: for exports, which must know it. */
    public long count(CaseQuery query) {
        Checks.required("query", query);
        return database.inTransaction(connection -> CaseSearch.countAll(connection, query));
    }

    /**
     * The organisation's cases of a person with the same name and birth date, after normalisation (accents,
     * case, punctuation and the order of names do not matter; see {@link org.cthub.store.cases.MatchText}).
     * Empty when the name or the birth date is missing: without both a match would mean nothing.
     *
     * @param givenName the given names, middle names included
     */
    public List<CaseMatch> possibleDuplicates(long organisationId, String givenName, String familyName,
                                              LocalDate birthDate) {
        List<String> keys = rows.matchKeys(birthDate, givenName, familyName);
        if (keys.isEmpty()) {
            return List.of();
        }
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT id, reference FROM trafficking_case "
                    + "WHERE organisation_id = ? AND match_key IN (" + String.join(", ", Collections.nCopies(
                    keys.size(), "?")) + ") AND voided = FALSE ORDER BY id")) {
                List<Object> parameters = new ArrayList<>(keys);
                parameters.addFirst(organisationId);
                Jdbc.bind(select, parameters);
                List<CaseMatch> matches = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        matches.add(new CaseMatch(row.getLong(1), row.getString(2)));
                    }
                }
                return matches;
            }
        });
    }

    private OffsetDateTime now() {
        return Jdbc.now(clock);
    }
}
