package org.cthub.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @EachDatabase
    void migrationsCreateTheSchema(TestDatabase db) {
        assertThat(db.number("SELECT COUNT(*) FROM flyway_schema_history WHERE version = '1' AND success = TRUE"))
                .isOne();
        assertThat(db.rows("SELECT table_name FROM information_schema.tables WHERE table_schema = CURRENT_SCHEMA"))
                .extracting(row -> row.get("table_name"))
                .contains("organisation", "import_batch", "trafficking_case", "trafficking_case_history");
    }

    @EachDatabase
    void rollsBackWhenTheWorkThrows(TestDatabase db) {
        assertThatThrownBy(() -> db.database().inTransaction(connection -> {
            try (var insert = connection.prepareStatement("INSERT INTO organisation (code, name, created_at, "
                    + "created_by, changed_at, changed_by) VALUES ('ROLLBACK', 'x', CURRENT_TIMESTAMP, 't', "
                    + "CURRENT_TIMESTAMP, 't')")) {
                insert.executeUpdate();
            }
            throw new IllegalStateException("the work failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(db.number("SELECT COUNT(*) FROM organisation WHERE code = 'ROLLBACK'")).isZero();
    }

    @EachDatabase
    void reportsAFailedStatementByItsSqlStateWithoutTheValues(TestDatabase db) {
        String insert = "INSERT INTO organisation (code, name, created_at, created_by, changed_at, changed_by) "
                + "VALUES ('TWICE', 'Generated-Secret-Name', CURRENT_TIMESTAMP, 't', CURRENT_TIMESTAMP, 't')";
        db.update(insert);

        assertThatThrownBy(() -> db.update(insert))
                .isInstanceOfSatisfying(UnableToExecuteStatementException.class,
                        e -> assertThat(e.isUniqueViolation()).isTrue())
                .satisfies(e -> assertThat(allMessages(e)).doesNotContain("TWICE", "Generated-Secret-Name"));
    }

    @Test
    void opensAnH2FileAgainWithoutMigratingTwice(@TempDir Path directory) {
        String url = Database.h2FileUrl(directory);
        long migrations;
        try (Database first = Database.open(url)) {
            assertThat(first.vendor()).isEqualTo(Database.Vendor.H2);
            migrations = historyRows(first);
        }
        try (Database again = Database.open(url)) {
            assertThat(historyRows(again)).isEqualTo(migrations);
        }
    }

    @Test
    void refusesAnUnreachableServerWithACodeAndNoPassword() {
        assertThatThrownBy(() -> Database.open("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2&password=hunter2"))
                .isInstanceOfSatisfying(UnableToOpenDatabaseException.class,
                        e -> assertThat(e.code()).isEqualTo(StoreErrorCode.E5001_OPEN_DATABASE))
                .message().doesNotContain("hunter2");
    }

    private static long historyRows(Database database) {
        return database.inTransaction(connection -> {
            try (var count = connection.createStatement().executeQuery("SELECT COUNT(*) FROM flyway_schema_history")) {
                count.next();
                return count.getLong(1);
            }
        });
    }

    private static String allMessages(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t).append('\n');
            if (t instanceof java.sql.SQLException sql && sql.getNextException() != null) {
                messages.append(sql.getNextException()).append('\n');
            }
        }
        return messages.toString();
    }
}
