package org.cthub.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void completesAnH2UrlWithTheSettingsTheMigrationsNeed() {
        DatabaseUrl url = DatabaseUrl.of("jdbc:h2:file:/tmp/x/cthub;MODE=PostgreSQL");

        assertThat(url.vendor()).isEqualTo(Database.Vendor.H2);
        assertThat(url.url()).isEqualTo("jdbc:h2:file:/tmp/x/cthub;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
                + ";DEFAULT_NULL_ORDERING=HIGH");
    }

    @Test
    void refusesH2InAnotherMode() {
        assertThatThrownBy(() -> DatabaseUrl.of("jdbc:h2:mem:x;MODE=MySQL"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MODE=PostgreSQL");
    }

    @Test
    void asksPostgresqlForBatchedInsertsAndQuietErrorsUnlessTheUrlSaysOtherwise() {
        assertThat(DatabaseUrl.of("jdbc:postgresql://db/cthub").driverProperties())
                .containsEntry("reWriteBatchedInserts", "true").containsEntry("logServerErrorDetail", "false");
        assertThat(DatabaseUrl.of("jdbc:postgresql://db/cthub?reWriteBatchedInserts=false").driverProperties())
                .doesNotContainKey("reWriteBatchedInserts");
    }

    @Test
    void refusesOtherDatabasesWithoutQuotingThePassword() {
        assertThatThrownBy(() -> DatabaseUrl.of("jdbc:mysql://db/cthub?user=a&password=hunter2"))
                .isInstanceOf(IllegalArgumentException.class).message()
                .contains("password=***").doesNotContain("hunter2");
    }
}
