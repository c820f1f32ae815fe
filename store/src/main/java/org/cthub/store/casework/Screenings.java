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
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.cthub.standard.htcds.Case;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.CaseStatus;
import org.cthub.standard.htcds.MethodOfControl;
import org.cthub.standard.htcds.Person;
import org.cthub.standard.htcds.TypeOfExploitation;
import org.cthub.standard.htcds.Victim;
import org.cthub.store.Database;
import org.cthub.store.RecordNotFoundException;
import org.cthub.store.audit.AuditLog;
import org.cthub.store.cases.CaseRows;
import org.cthub.store.crypto.EncryptedValue;
import org.cthub.store.crypto.IdentifierCipher;

/**
 * Screenings of people an organisation met, and opening a case from one. The person's names, birth date and
 * the screener's notes are stored encrypted.
 */
public final class Screenings {

    private final Database database;
    private final CaseVersions versions;
    private final ScreeningRows screeningRows;
    private final Trail trail;
    private final Clock clock;

    public Screenings(Database database, CaseRows rows, IdentifierCipher cipher, AuditLog audit, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.versions = new CaseVersions(rows);
        this.screeningRows = new ScreeningRows(cipher);
        this.trail = new Trail(audit);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records a screening.
     *
     * @return its id
     * @throws IllegalArgumentException when the screening date is in the future
     */
    public long record(NewScreening screening, String actor) {
        Checks.required("screening", screening);
        Checks.notAfter("screenedOn", screening.screenedOn(), LocalDate.now(clock));
        String by = Checks.actor(actor);
        String token = UUID.randomUUID().toString();
        EncryptedValue identifiers = screeningRows.seal(screening.organisationId(), token, screening.person());
        return database.inTransaction(connection -> {
            long id = Jdbc.insert(connection, "INSERT INTO screening (organisation_id, token, screened_on, "
                    + "screened_by, indicators, decision, decided_by, identifiers, key_id, created_at, created_by) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Arrays.asList(screening.organisationId(),
                    token, screening.screenedOn(), screening.screenedBy(), ScreeningRows.join(screening.indicators()),
                    screening.decision(), screening.decidedBy(), identifiers.ciphertext(), identifiers.keyId(),
                    Jdbc.now(clock), by));
            trail.record(connection, by, "SCREENING_RECORD", "SCREENING", id, "decision=" + screening.decision()
                    + " indicators=" + screening.indicators().size());
            return id;
        });
    }

    /**
     * The screening with an id, decrypted.
     *
     * @throws org.cthub.store.crypto.UnableToDecryptException when its ciphertext belongs to another screening
     */
    public Optional<Screening> find(long screeningId) {
        return database.inTransaction(connection -> select(connection, "id = ?", List.of(screeningId)).stream()
                .findFirst());
    }

    /** An organisation's screenings, newest first. */
    public List<Screening> list(long organisationId, int limit, int offset) {
        Checks.page(limit, offset);
        return database.inTransaction(connection -> select(connection, "organisation_id = ? ORDER BY screened_on "
                + "DESC, id DESC LIMIT ? OFFSET ?", List.of(organisationId, limit, offset)));
    }

    /**
     * Opens a case from a screening, in one transaction: an Active case registered today, with the person's
     * names and birth date, the decision as trafficking status and the indicators HTCDS has as methods of
     * control and types of exploitation; the screening is linked to it.
     *
     * @param caseworker the username responsible for the case, or null
     * @return the new case's id
     * @throws IllegalStateException when the screening found no victim or opened a case already
     * @throws RecordNotFoundException when the screening does not exist
     */
    public long openCase(long screeningId, String caseworker, String actor) {
        String assigned = caseworker == null ? null : Checks.username("caseworker", caseworker);
        String by = Checks.actor(actor);
        return Retry.onUniqueViolation(() -> database.inTransaction(connection -> {
            Screening screening = select(connection, "id = ? FOR UPDATE", List.of(screeningId)).stream().findFirst()
                    .orElseThrow(() -> new RecordNotFoundException("Screening", screeningId));
            if (screening.caseId() != null) {
                throw new IllegalStateException("Screening " + screeningId + " opened case " + screening.caseId()
                        + " already");
            }
            if (!screening.decision().opensCase()) {
                throw new IllegalStateException("Screening " + screeningId + " found no victim; only a possible or "
                        + "actual victim's screening opens a case");
            }
            OffsetDateTime now = Jdbc.now(clock);
            long caseId = CaseCreation.create(connection, versions, trail, screening.organisationId(),
                    record(screening, LocalDate.now(clock)), assigned, by, now);
            Jdbc.update(connection, "UPDATE screening SET case_id = ? WHERE id = ?", List.of(caseId, screeningId));
            trail.record(connection, by, "SCREENING_OPEN_CASE", "SCREENING", screeningId, "case=" + caseId);
            return caseId;
        }));
    }

    private static CaseRecord record(Screening screening, LocalDate today) {
        ScreenedPerson person = screening.person();
        Set<MethodOfControl> control = EnumSet.noneOf(MethodOfControl.class);
        Set<TypeOfExploitation> exploitation = EnumSet.noneOf(TypeOfExploitation.class);
        for (TraffickingIndicator indicator : screening.indicators()) {
            if (indicator.methodOfControl() != null) {
                control.add(indicator.methodOfControl());
            }
            if (indicator.typeOfExploitation() != null) {
                exploitation.add(indicator.typeOfExploitation());
            }
        }
        return new CaseRecord(new Case(null, CaseStatus.ACTIVE, null, null, today, null, null),
                new Person(null, person.givenName(), null, person.familyName(), person.birthDate(), null, null, null,
                        null, null, null, null, null, null, null, null, null, null, null),
                new Victim(screening.decision().traffickingStatus(), null, null, null, null, null, null, control,
                        exploitation, null, null, null, null, null, null, null, null, null, null),
                null, null, null, null, null, null, null);
    }

    private List<Screening> select(Connection connection, String where, List<Object> parameters)
            throws SQLException {
        List<Screening> screenings = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + ScreeningRows.COLUMNS
                + " FROM screening WHERE " + where)) {
            Jdbc.bind(select, parameters);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    screenings.add(screeningRows.read(row));
                }
            }
        }
        return screenings;
    }
}
