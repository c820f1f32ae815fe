package org.cthub.store.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.cthub.store.UnableToExecuteStatementException;
import org.cthub.store.crypto.EncryptedValue;

/**
 * A read-only cursor over the non-voided cases, decrypted one at a time as the stream is consumed. Holds a
 * connection until the stream is closed. Ordered by reference and organisation, the order of the unique index,
 * so the database streams without sorting.
 */
final class CaseExport implements Iterator<StoredCase>, AutoCloseable {

    private static final int FETCH_SIZE = 500;

    private final CaseRows rows;
    private final Connection connection;
    private final PreparedStatement query;
    private final ResultSet cursor;
    private final Map<Long, String> organisationCodes;
    private boolean hasNext;

    private CaseExport(CaseRows rows, Connection connection, String organisationCode) throws SQLException {
        this.rows = rows;
        this.connection = connection;
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
        // One snapshot for the organisation codes and the cases, however long the export takes.
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        this.organisationCodes = organisationCodes(connection);
        this.query = connection.prepareStatement("SELECT organisation_id, reference, version, record_json, "
                + "identifiers, key_id FROM trafficking_case WHERE voided = FALSE"
                + (organisationCode == null ? "" : " AND organisation_id = (SELECT id FROM organisation WHERE code = ?)")
                + " ORDER BY reference, organisation_id", ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        query.setFetchSize(FETCH_SIZE);
        if (organisationCode != null) {
            query.setString(1, organisationCode);
        }
        this.cursor = query.executeQuery();
        this.hasNext = cursor.next();
    }

    /** A stream of the cases, of one organisation when the code is not null; close it to free the connection. */
    static Stream<StoredCase> stream(DataSource dataSource, CaseRows rows, String organisationCode) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            CaseExport export = new CaseExport(rows, connection, organisationCode);
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(export,
                    Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(export::close);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new UnableToExecuteStatementException("start the export of cases", e);
        }
    }

    @Override
    public boolean hasNext() {
        return hasNext;
    }

    @Override
    public StoredCase next() {
        if (!hasNext) {
            throw new NoSuchElementException();
        }
        try {
            long organisationId = cursor.getLong("organisation_id");
            String reference = cursor.getString("reference");
            StoredCase stored = new StoredCase(organisationCodes.get(organisationId), cursor.getInt("version"),
                    rows.restore(organisationId, reference, cursor.getString("record_json"),
                            new EncryptedValue(cursor.getString("key_id"), cursor.getString("identifiers"))));
            hasNext = cursor.next();
            return stored;
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException("read the next case of the export", e);
        }
    }

    @Override
    public void close() {
        try (connection; query; cursor) {
            connection.rollback();
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException("close the export of cases", e);
        }
    }

    private static Map<Long, String> organisationCodes(Connection connection) throws SQLException {
        Map<Long, String> codes = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, code FROM organisation");
             ResultSet row = select.executeQuery()) {
            while (row.next()) {
                codes.put(row.getLong(1), row.getString(2));
            }
        }
        return codes;
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // The export never started; the pool discards a broken connection.
            }
        }
    }
}
