package org.cthub.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work done with a connection inside a transaction, returning a result.
 *
 * @param <T> the result
 */
@FunctionalInterface
public interface ConnectionCallback<T> {

    T withConnection(Connection connection) throws SQLException;
}
