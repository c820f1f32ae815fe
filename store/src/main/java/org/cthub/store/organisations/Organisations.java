package org.cthub.store.organisations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cthub.standard.htcds.OrganisationType;
import org.cthub.store.Database;
import org.cthub.store.UnableToExecuteStatementException;

/** The repository of organisations. Codes are compared without regard to case and stored in upper case. */
public final class Organisations {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,49}");
    private static final String COLUMNS = "id, code, name, type, created_at, created_by";

    private final Database database;
    private final Clock clock;

    public Organisations(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The organisation with a code, created (named by its code) when it does not exist yet. Safe when two
     * callers create the same organisation at once: one creates it, both get it.
     *
     * @param code 1 to 50 letters, digits, {@code . _ -}, starting with a letter or digit
     * @param user who creates it, for the audit columns
     * @throws IllegalArgumentException when the code or the user is not valid
     */
    public Organisation findOrCreate(String code, String user) {
        String normalised = normaliseCode(code);
        requireUser(user);
        return findByCode(normalised).orElseGet(() -> {
            try {
                return database.inTransaction(connection -> insert(connection, normalised, user));
            } catch (UnableToExecuteStatementException e) {
                if (e.isUniqueViolation()) {
                    return findByCode(normalised).orElseThrow(() -> e);
                }
                throw e;
            }
        });
    }

    /** The organisation with a code, if any; the code is compared without regard to case. */
    public Optional<Organisation> findByCode(String code) {
        String normalised = normaliseCode(code);
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM organisation WHERE code = ?")) {
                select.setString(1, normalised);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(read(row)) : Optional.empty();
                }
            }
        });
    }

    /**
     * The normal form of an organisation code: trimmed and upper case.
     *
     * @throws IllegalArgumentException when it is not 1 to 50 letters, digits, {@code . _ -}
     */
    public static String normaliseCode(String code) {
        Objects.requireNonNull(code, "code");
        String normalised = code.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(normalised).matches()) {
            throw new IllegalArgumentException("An organisation code is 1 to 50 letters, digits, '.', '_' or '-', "
                    + "starting with a letter or digit; got " + code.length() + " characters that are not");
        }
        return normalised;
    }

    private Organisation insert(Connection connection, String code, String user) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MICROS);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO organisation "
                + "(code, name, created_at, created_by, changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?)",
                new String[] {"id"})) {
            insert.setString(1, code);
            insert.setString(2, code);
            insert.setObject(3, now);
            insert.setString(4, user);
            insert.setObject(5, now);
            insert.setString(6, user);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new Organisation(keys.getLong(1), code, code, null, now.toInstant(), user);
            }
        }
    }

    private static Organisation read(ResultSet row) throws SQLException {
        String type = row.getString("type");
        return new Organisation(row.getLong("id"), row.getString("code"), row.getString("name"),
                type == null ? null : Arrays.stream(OrganisationType.values())
                        .filter(value -> value.valueName().equals(type)).findFirst().orElse(null),
                row.getObject("created_at", OffsetDateTime.class).toInstant(), row.getString("created_by"));
    }

    private static void requireUser(String user) {
        if (user == null || user.isBlank() || user.length() > 100) {
            throw new IllegalArgumentException("The user must be named, in 1 to 100 characters");
        }
    }
}
