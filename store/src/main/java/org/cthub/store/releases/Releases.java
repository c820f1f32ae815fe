package org.cthub.store.releases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import org.cthub.store.Database;
import org.cthub.store.RecordNotFoundException;
import org.cthub.store.releases.ReleaseRefusedException.Reason;

/**
 * The releases and their way to publication. Every change locks the release's row and checks its status under
 * the lock, so two people approving, rejecting or publishing at once cannot both succeed. A published release
 * is immutable: no method changes its row or its files' checksums again. Version numbers are given at
 * publication, the next after the highest, under a lock on every published row's version (the unique
 * constraint is the last word should two publications still race).
 */
public final class Releases {

    private static final String COLUMNS = "id, version, method, parameters, status, folder, check_passed, records, "
            + "suppressed, built_by, built_at, approved_by, approved_at, published_by, published_at, rejected_by, "
            + "rejected_at, rejected_note, previous_release_id";

    private final Database database;
    private final Clock clock;

    public Releases(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records a built release.
     *
     * @param folderOf the folder, relative to the data home, of the release with the id the store gives it
     * @return the release's id
     */
    public long record(NewRelease release, String actor, LongFunction<String> folderOf) {
        requireActor(actor);
        OffsetDateTime now = now();
        return database.inTransaction(connection -> {
            long id;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO data_release (method, "
                    + "parameters, status, folder, check_passed, records, suppressed, built_by, built_at) "
                    + "VALUES (?, ?, 'BUILT', '', ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, release.method());
                insert.setString(2, release.parameters());
                insert.setBoolean(3, release.checkPassed());
                insert.setLong(4, release.records());
                insert.setLong(5, release.suppressed());
                insert.setString(6, actor);
                insert.setObject(7, now);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement folder = connection.prepareStatement(
                    "UPDATE data_release SET folder = ? WHERE id = ?")) {
                folder.setString(1, folderOf.apply(id));
                folder.setLong(2, id);
                folder.executeUpdate();
            }
            try (PreparedStatement file = connection.prepareStatement(
                    "INSERT INTO data_release_file (release_id, name, sha256, bytes) VALUES (?, ?, ?, ?)")) {
                for (ReleaseFile each : release.files()) {
                    file.setLong(1, id);
                    file.setString(2, each.name());
                    file.setString(3, each.sha256());
                    file.setLong(4, each.bytes());
                    file.addBatch();
                }
                file.executeBatch();
            }
            return id;
        });
    }

    /** A data manager's approval: only of a built release whose check passed. */
    public void approve(long id, String actor) {
        requireActor(actor);
        database.inTransaction(connection -> {
            DataRelease release = lock(connection, id);
            requireNotFinal(release);
            if (release.status() != ReleaseStatus.BUILT) {
                throw new ReleaseRefusedException(id, Reason.NOT_BUILT, "only a built release can be approved");
            }
            if (!release.checkPassed()) {
                throw new ReleaseRefusedException(id, Reason.CHECK_FAILED, "its disclosure check failed");
            }
            return set(connection, "UPDATE data_release SET status = 'APPROVED', approved_by = ?, approved_at = ? "
                    + "WHERE id = ? AND status = 'BUILT'", actor, id);
        });
    }

    /**
     * An administrator's publication: only of an approved release whose files are as they were built. Gives the
     * next version and remembers the release published before it, for the release notes.
     *
     * @return the version given
     * @throws ReleaseRefusedException when the release is not approved or a file changed ({@link Reason})
     */
    public int publish(long id, String actor, Path home) {
        requireActor(actor);
        return database.inTransaction(connection -> {
            DataRelease release = lock(connection, id);
            requireNotFinal(release);
            if (release.status() != ReleaseStatus.APPROVED) {
                throw new ReleaseRefusedException(id, Reason.NOT_APPROVED, "only an approved release can be published");
            }
            List<String> changed = verify(release, home);
            if (!changed.isEmpty()) {
                throw new ReleaseRefusedException(id, Reason.FILES_CHANGED, changed.size()
                        + " file(s) differ from their checksums: " + String.join(", ", changed));
            }
            Integer previousVersion = null;
            Long previousId = null;
            try (PreparedStatement latest = connection.prepareStatement("SELECT id, version FROM data_release "
                    + "WHERE version IS NOT NULL ORDER BY version DESC FOR UPDATE");
                 ResultSet row = latest.executeQuery()) {
                if (row.next()) {
                    previousId = row.getLong(1);
                    previousVersion = row.getInt(2);
                }
            }
            int version = previousVersion == null ? 1 : previousVersion + 1;
            try (PreparedStatement update = connection.prepareStatement("UPDATE data_release SET status = "
                    + "'PUBLISHED', version = ?, published_by = ?, published_at = ?, previous_release_id = ? "
                    + "WHERE id = ? AND status = 'APPROVED'")) {
                update.setInt(1, version);
                update.setString(2, actor);
                update.setObject(3, now());
                update.setObject(4, previousId);
                update.setLong(5, id);
                requireOne(update.executeUpdate(), id);
            }
            return version;
        });
    }

    /** Sets a built or approved release aside for good; a published one is immutable. */
    public void reject(long id, String actor, String note) {
        requireActor(actor);
        if (note != null && note.length() > 500) {
            throw new IllegalArgumentException("A note has at most 500 characters");
        }
        database.inTransaction(connection -> {
            requireNotFinal(lock(connection, id));
            try (PreparedStatement update = connection.prepareStatement("UPDATE data_release SET status = "
                    + "'REJECTED', rejected_by = ?, rejected_at = ?, rejected_note = ? WHERE id = ? "
                    + "AND status IN ('BUILT', 'APPROVED')")) {
                update.setString(1, actor);
                update.setObject(2, now());
                update.setString(3, note == null || note.isBlank() ? null : note.strip());
                update.setLong(4, id);
                return requireOne(update.executeUpdate(), id);
            }
        });
    }

    /**
     * The files of a release that no longer match their checksums (changed or missing), by name; empty when all
     * match. Files added to the folder since are reported too: a release is exactly what was checked.
     */
    public List<String> verify(long id, Path home) {
        return verify(find(id).orElseThrow(() -> new RecordNotFoundException("data_release", id)), home);
    }

    public Optional<DataRelease> find(long id) {
        return database.inTransaction(connection -> {
            List<DataRelease> found = select(connection, "SELECT " + COLUMNS + " FROM data_release WHERE id = ?", id);
            return found.stream().findFirst();
        });
    }

    /** Every release, newest first. */
    public List<DataRelease> list() {
        return database.inTransaction(connection -> select(connection, "SELECT " + COLUMNS
                + " FROM data_release ORDER BY id DESC"));
    }

    /** The published releases, highest version first: all that the public side may read. */
    public List<DataRelease> published() {
        return database.inTransaction(connection -> select(connection, "SELECT " + COLUMNS + " FROM data_release "
                + "WHERE status = 'PUBLISHED' ORDER BY version DESC"));
    }

    /** The published release with the highest version. */
    public Optional<DataRelease> latestPublished() {
        return database.inTransaction(connection -> select(connection, "SELECT " + COLUMNS + " FROM data_release "
                + "WHERE status = 'PUBLISHED' ORDER BY version DESC LIMIT 1").stream().findFirst());
    }

    private static List<String> verify(DataRelease release, Path home) {
        Path folder = home.resolve(release.folder()).normalize();
        List<String> changed = new ArrayList<>();
        try {
            for (ReleaseFile expected : release.files()) {
                Path file = folder.resolve(expected.name());
                if (!Files.isRegularFile(file) || !Checksums.of(expected.name(), file).equals(expected)) {
                    changed.add(expected.name());
                }
            }
            if (Files.isDirectory(folder)) {
                List<String> known = release.files().stream().map(ReleaseFile::name).toList();
                Checksums.of(folder).stream().map(ReleaseFile::name).filter(name -> !known.contains(name))
                        .forEach(changed::add);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            changed.add(release.folder());
        }
        return changed;
    }

    private static void requireNotFinal(DataRelease release) {
        if (release.status() == ReleaseStatus.PUBLISHED) {
            throw new ReleaseRefusedException(release.id(), Reason.PUBLISHED_IS_IMMUTABLE,
                    "a published release cannot change");
        }
        if (release.status() == ReleaseStatus.REJECTED) {
            throw new ReleaseRefusedException(release.id(), Reason.ALREADY_REJECTED, "a rejected release is final");
        }
    }

    private DataRelease lock(Connection connection, long id) throws SQLException {
        return select(connection, "SELECT " + COLUMNS + " FROM data_release WHERE id = ? FOR UPDATE", id).stream()
                .findFirst().orElseThrow(() -> new RecordNotFoundException("data_release", id));
    }

    private int set(Connection connection, String sql, String actor, long id) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, actor);
            update.setObject(2, now());
            update.setLong(3, id);
            return requireOne(update.executeUpdate(), id);
        }
    }

    private static int requireOne(int updated, long id) {
        if (updated != 1) {
            throw new IllegalStateException("The locked release " + id + " did not update");
        }
        return updated;
    }

    private static List<DataRelease> select(Connection connection, String sql, Object... parameters)
            throws SQLException {
        List<DataRelease> releases = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    releases.add(new DataRelease(row.getLong("id"), row.getObject("version", Integer.class),
                            row.getString("method"), row.getString("parameters"),
                            ReleaseStatus.valueOf(row.getString("status")), row.getString("folder"),
                            row.getBoolean("check_passed"), row.getLong("records"), row.getLong("suppressed"),
                            row.getString("built_by"), row.getObject("built_at", OffsetDateTime.class),
                            row.getString("approved_by"), row.getObject("approved_at", OffsetDateTime.class),
                            row.getString("published_by"), row.getObject("published_at", OffsetDateTime.class),
                            row.getString("rejected_by"), row.getObject("rejected_at", OffsetDateTime.class),
                            row.getString("rejected_note"), row.getObject("previous_release_id", Long.class),
                            List.of()));
                }
            }
        }
        List<DataRelease> withFiles = new ArrayList<>();
        for (DataRelease release : releases) {
            withFiles.add(withFiles(connection, release));
        }
        return withFiles;
    }

    private static DataRelease withFiles(Connection connection, DataRelease r) throws SQLException {
        List<ReleaseFile> files = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT name, sha256, bytes FROM data_release_file WHERE release_id = ? ORDER BY name")) {
            select.setLong(1, r.id());
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    files.add(new ReleaseFile(row.getString(1), row.getString(2), row.getLong(3)));
                }
            }
        }
        return new DataRelease(r.id(), r.version(), r.method(), r.parameters(), r.status(), r.folder(),
                r.checkPassed(), r.records(), r.suppressed(), r.builtBy(), r.builtAt(), r.approvedBy(),
                r.approvedAt(), r.publishedBy(), r.publishedAt(), r.rejectedBy(), r.rejectedAt(), r.rejectedNote(),
                r.previousReleaseId(), files);
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
