package org.cthub.store.cases;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Iterator;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Loads prepared rows into {@code trafficking_case} with PostgreSQL's COPY, the fastest way in: the baseline
 * a benchmark measures the import against. No lookups, no history, no import batch; CSV with every value
 * quoted and nulls as empty unquoted fields.
 */
final class CopyBaseline {

    private static final int FLUSH_BYTES = 1 << 16;
    static final String COPY = "COPY trafficking_case (organisation_id, reference, "
            + String.join(", ", CaseSql.WRITTEN) + ", created_at, created_by) FROM STDIN WITH (FORMAT csv)";

    private CopyBaseline() {
    }

    static long copy(Connection connection, Iterator<PreparedCaseRow> rows, String user, OffsetDateTime now)
            throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(FLUSH_BYTES * 2);
            StringBuilder line = new StringBuilder(4096);
            while (rows.hasNext()) {
                line.setLength(0);
                appendRow(line, rows.next(), user, now);
                buffer.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
                if (buffer.size() >= FLUSH_BYTES) {
                    copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
                    buffer.reset();
                }
            }
            copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
            return copy.endCopy();
        } catch (SQLException | RuntimeException e) {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
            throw e;
        }
    }

    private static void appendRow(StringBuilder line, PreparedCaseRow row, String user, OffsetDateTime now) {
        Object[] values = {row.organisationId(), row.reference(), row.status(), row.registrationDate(),
            row.registrationYear(), row.gender(), row.ageBand(), row.majorityStatus(), row.citizenship(),
            row.countryOfExploitation(), row.exploitationTypes(), row.consentToShare(), row.matchKey(),
            row.recordJson(), row.identifiers().ciphertext(), row.identifiers().keyId(), null, now, user, now, user};
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            if (values[i] != null) {
                line.append('"').append(values[i].toString().replace("\"", "\"\"")).append('"');
            }
        }
        line.append('\n');
    }
}
