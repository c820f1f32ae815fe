package org.cthub.store.users;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.cthub.store.Database;
import org.cthub.store.UnableToExecuteStatementException;
import org.cthub.store.organisations.Organisation;

/** The repository of the web application's accounts. Accounts are disabled, never deleted. */
public final class Users {

    /** The roles the schema accepts. */
    public static final Set<String> ROLES = Set.of("CASEWORKER", "SUPERVISOR", "DATA_MANAGER", "ANALYST",
            "ADMINISTRATOR");

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,99}");
    private static final String SELECT = "SELECT u.id, u.organisation_id, o.code, u.username, u.display_name, "
            + "u.role, u.password_hash, u.oidc_subject, u.enabled, u.failed_logins, u.locked_until, "
            + "u.last_login_at, u.password_changed_at FROM app_user u JOIN organisation o ON o.id = u.organisation_id ";

    private final Database database;
    private final Clock clock;

    public Users(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Creates an account.
     *
     * @throws IllegalArgumentException when the username is not 2 to 100 lower-case letters, digits or
     *     {@code . _ @ -}, the role is unknown, or the username is taken
     */
    public UserAccount create(Organisation organisation, String username, String displayName, String role,
                              String passwordHash, String actor) {
        Objects.requireNonNull(organisation, "organisation");
        String name = normaliseUsername(username);
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("Unknown role " + role + "; one of " + ROLES);
        }
        OffsetDateTime now = now();
        try {
            database.inTransaction(connection -> {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO app_user (organisation_id, "
                        + "username, display_name, role, password_hash, password_changed_at, created_at, created_by, "
                        + "changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    insert.setLong(1, organisation.id());
                    insert.setString(2, name);
                    insert.setString(3, displayName == null || displayName.isBlank() ? name : displayName.strip());
                    insert.setString(4, role);
                    insert.setString(5, passwordHash);
                    insert.setObject(6, passwordHash == null ? null : now);
                    insert.setObject(7, now);
                    insert.setString(8, actor);
                    insert.setObject(9, now);
                    insert.setString(10, actor);
                    return insert.executeUpdate();
                }
            });
        } catch (UnableToExecuteStatementException e) {
            if (e.isUniqueViolation()) {
                throw new IllegalArgumentException("The username " + name + " is taken", e);
            }
            throw e;
        }
        return findByUsername(name).orElseThrow();
    }

    /** The account with a username, compared without regard to case. */
    public Optional<UserAccount> findByUsername(String username) {
        if (username == null || username.isBlank() || username.length() > 100) {
            return Optional.empty();
        }
        return one("WHERE u.username = ?", username.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** The account linked to an identity provider's subject. */
    public Optional<UserAccount> findByOidcSubject(String subject) {
        return subject == null ? Optional.empty() : one("WHERE u.oidc_subject = ?", subject);
    }

    /** The accounts of an organisation, or of all organisations when the id is null, by username. */
    public List<UserAccount> list(Long organisationId) {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT
                    + (organisationId == null ? "" : "WHERE u.organisation_id = ? ") + "ORDER BY u.username")) {
                if (organisationId != null) {
                    select.setLong(1, organisationId);
                }
                return readAll(select);
            }
        });
    }

    /** The usernames of an organisation's enabled accounts with one of the roles. */
    public List<UserAccount> withRole(long organisationId, String role) {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT
                    + "WHERE u.organisation_id = ? AND u.role = ? AND u.enabled = TRUE ORDER BY u.username")) {
                select.setLong(1, organisationId);
                select.setString(2, role);
                return readAll(select);
            }
        });
    }

    /**
     * Counts a failed login; the {@code lockAfter}-th consecutive failure locks the account for
     * {@code lockFor}. Unknown usernames change nothing.
     *
     * @return the account after the failure, if it exists
     */
    public Optional<UserAccount> recordFailedLogin(String username, int lockAfter, Duration lockFor) {
        Optional<UserAccount> account = findByUsername(username);
        account.ifPresent(found -> database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE app_user SET failed_logins = "
                    + "failed_logins + 1, locked_until = CASE WHEN failed_logins + 1 >= ? THEN ? ELSE locked_until "
                    + "END WHERE id = ?")) {
                update.setInt(1, lockAfter);
                update.setObject(2, now().plus(lockFor));
                update.setLong(3, found.id());
                return update.executeUpdate();
            }
        }));
        return account.flatMap(found -> findByUsername(found.username()));
    }

    /** Clears the failure count and the lockout, and notes the login time. */
    public void recordSuccessfulLogin(long userId) {
        update(userId, "failed_logins = 0, locked_until = NULL, last_login_at = ?", now());
    }

    /** Disables or re-enables an account; a disabled account cannot log in and its sessions end. */
    public void setEnabled(long userId, boolean enabled, String actor) {
        update(userId, "enabled = ?, changed_at = ?, changed_by = ?", enabled, now(), actor);
    }

    /** Replaces the password hash and lifts any lockout. */
    public void setPasswordHash(long userId, String passwordHash, String actor) {
        OffsetDateTime now = now();
        update(userId, "password_hash = ?, password_changed_at = ?, failed_logins = 0, locked_until = NULL, "
                + "changed_at = ?, changed_by = ?", passwordHash, now, now, actor);
    }

    /** Links an account to its identity provider's subject. */
    public void setOidcSubject(long userId, String subject, String actor) {
        update(userId, "oidc_subject = ?, changed_at = ?, changed_by = ?", subject, now(), actor);
    }

    /**
     * The normal form of a username: trimmed and lower case.
     *
     * @throws IllegalArgumentException when it is not 2 to 100 letters, digits or {@code . _ @ -}
     */
    public static String normaliseUsername(String username) {
        Objects.requireNonNull(username, "username");
        String normalised = username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(normalised).matches()) {
            throw new IllegalArgumentException("A username is 2 to 100 letters, digits, '.', '_', '@' or '-', "
                    + "starting with a letter or digit");
        }
        return normalised;
    }

    private void update(long userId, String assignments, Object... values) {
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE app_user SET " + assignments + " WHERE id = ?")) {
                for (int i = 0; i < values.length; i++) {
                    update.setObject(i + 1, values[i]);
                }
                update.setLong(values.length + 1, userId);
                return update.executeUpdate();
            }
        });
    }

    private Optional<UserAccount> one(String where, String value) {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT + where)) {
                select.setString(1, value);
                List<UserAccount> found = readAll(select);
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            }
        });
    }

    private static List<UserAccount> readAll(PreparedStatement select) throws SQLException {
        List<UserAccount> accounts = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
                accounts.add(new UserAccount(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6), row.getString(7), row.getString(8), row.getBoolean(9),
                        row.getInt(10), instant(row, 11), instant(row, 12), instant(row, 13)));
            }
        }
        return accounts;
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
