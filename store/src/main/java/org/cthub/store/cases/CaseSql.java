package org.cthub.store.cases;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;

/**
 * The SQL of the case writer, and the binding of a prepared row's columns shared by every writer of cases: the
 * import, the COPY baseline and the caseworkers' repositories, so that all of them fill the same columns.
 */
public final class CaseSql {

    /** The columns every write sets, in binding order. */
    public static final List<String> WRITTEN = List.of("status", "registration_date", "registration_year", "gender",
            "age_band", "majority_status", "citizenship", "country_of_exploitation", "exploitation_types",
            "consent_to_share", "match_key", "record_json", "identifiers", "key_id", "import_batch_id", "changed_at",
            "changed_by");

    static final String INSERT = "INSERT INTO trafficking_case (organisation_id, reference, "
            + String.join(", ", WRITTEN) + ", created_at, created_by) VALUES ("
            + String.join(", ", Collections.nCopies(WRITTEN.size() + 4, "?")) + ")";

    static final String UPDATE = "UPDATE trafficking_case SET "
            + String.join(" = ?, ", WRITTEN) + " = ?, version = version + 1 WHERE id = ? AND version = ?";

    /** Keeps the current version of a case before it is overwritten. */
    public static final String KEEP_HISTORY = "INSERT INTO trafficking_case_history "
            + "(case_id, version, record_json, identifiers, key_id, import_batch_id, changed_at, changed_by) "
            + "SELECT id, version, record_json, identifiers, key_id, import_batch_id, changed_at, changed_by "
            + "FROM trafficking_case WHERE id = ? AND version = ?";

    private CaseSql() {
    }

    /** Existing cases of an organisation among {@code size} references; unused places are bound to null. */
    static String lookup(int size) {
        return "SELECT id, reference, version, record_json, identifiers, key_id FROM trafficking_case "
                + "WHERE reference IN (" + String.join(", ", Collections.nCopies(size, "?")) + ") AND organisation_id = ?";
    }

    /** The ids of an organisation's cases among {@code size} references; unused places are bound to null. */
    static String ids(int size) {
        return "SELECT id, reference FROM trafficking_case WHERE reference IN ("
                + String.join(", ", Collections.nCopies(size, "?")) + ") AND organisation_id = ?";
    }

    /** Binds the {@link #WRITTEN} columns from {@code first}; returns the next parameter index. */
    public static int bindWritten(PreparedStatement statement, int first, PreparedCaseRow row, Long importBatchId,
                           OffsetDateTime changedAt, String changedBy) throws SQLException {
        int i = first;
        setString(statement, i++, row.status());
        setObject(statement, i++, row.registrationDate(), Types.DATE);
        setObject(statement, i++, row.registrationYear(), Types.INTEGER);
        setString(statement, i++, row.gender());
        setString(statement, i++, row.ageBand());
        setString(statement, i++, row.majorityStatus());
        setString(statement, i++, row.citizenship());
        setString(statement, i++, row.countryOfExploitation());
        setString(statement, i++, row.exploitationTypes());
        setObject(statement, i++, row.consentToShare(), Types.BOOLEAN);
        setString(statement, i++, row.matchKey());
        statement.setString(i++, row.recordJson());
        statement.setString(i++, row.identifiers().ciphertext());
        statement.setString(i++, row.identifiers().keyId());
        setObject(statement, i++, importBatchId, Types.BIGINT);
        statement.setObject(i++, changedAt);
        statement.setString(i++, changedBy);
        return i;
    }

    private static void setString(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static void setObject(PreparedStatement statement, int index, Object value, int sqlType)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, sqlType);
        } else {
            statement.setObject(index, value);
        }
    }
}
