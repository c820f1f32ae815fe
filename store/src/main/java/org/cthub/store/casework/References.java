package org.cthub.store.casework;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Allocates case references of the form {@code <ORGCODE>-<year>-<number>}, the number six digits and counted
 * per organisation and year in {@code case_reference_counter}. The counter's row stays locked until the
 * transaction ends, so two caseworkers creating cases at once get consecutive numbers; a number an import
 * already used is skipped. A counter that does not exist yet starts after the highest reference of that form.
 */
final class References {

    private References() {
    }

    /** The next free reference; call inside the transaction that inserts the case. */
    static String next(Connection connection, long organisationId, String organisationCode, int year)
            throws SQLException {
        String prefix = organisationCode + "-" + year + "-";
        int number = Jdbc.update(connection, "UPDATE case_reference_counter SET last_number = last_number + 1 "
                + "WHERE organisation_id = ? AND reference_year = ?", List.of(organisationId, year)) == 1
                ? current(connection, organisationId, year)
                : start(connection, organisationId, year, prefix);
        String reference = format(prefix, number);
        while (exists(connection, organisationId, reference)) {
            reference = format(prefix, ++number);
        }
        Jdbc.update(connection, "UPDATE case_reference_counter SET last_number = ? WHERE organisation_id = ? "
                + "AND reference_year = ?", List.of(number, organisationId, year));
        return reference;
    }

    private static String format(String prefix, int number) {
        return prefix + String.format("%06d", number);
    }

    private static int current(Connection connection, long organisationId, int year) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT last_number FROM case_reference_counter "
                + "WHERE organisation_id = ? AND reference_year = ?")) {
            Jdbc.bind(select, List.of(organisationId, year));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    /**
     * Creates the year's counter at the highest existing number plus one. Two first allocations at once both
     * try to insert; one fails on the primary key and its transaction is retried (see {@link Retry}).
     */
    private static int start(Connection connection, long organisationId, int year, String prefix)
            throws SQLException {
        int highest = 0;
        try (PreparedStatement select = connection.prepareStatement("SELECT MAX(reference) FROM trafficking_case "
                + "WHERE organisation_id = ? AND reference LIKE ? ESCAPE '\\'")) {
            select.setLong(1, organisationId);
            select.setString(2, prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "______");
            try (ResultSet row = select.executeQuery()) {
                String reference = row.next() ? row.getString(1) : null;
                if (reference != null && reference.substring(prefix.length()).chars().allMatch(Character::isDigit)) {
                    highest = Integer.parseInt(reference.substring(prefix.length()));
                }
            }
        }
        Jdbc.update(connection, "INSERT INTO case_reference_counter (organisation_id, reference_year, last_number) "
                + "VALUES (?, ?, ?)", List.of(organisationId, year, highest + 1));
        return highest + 1;
    }

    private static boolean exists(Connection connection, long organisationId, String reference) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM trafficking_case WHERE reference = ? AND organisation_id = ?")) {
            select.setString(1, reference);
            select.setLong(2, organisationId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }
}
