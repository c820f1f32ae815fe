package org.cthub.store.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cthub.store.EachDatabase;
import org.cthub.store.RecordNotFoundException;
import org.cthub.store.TestDatabase;

class RetentionSettingsTest {

    @EachDatabase
    void setsReadsAndClearsAnOrganisationsPeriod(TestDatabase db) {
        RetentionWorld world = new RetentionWorld(db);
        long organisation = world.cases.organisation();

        assertThat(world.settings.retentionDays(organisation)).isEmpty();
        world.settings.setRetentionDays(organisation, 730, "admin");
        assertThat(world.settings.retentionDays(organisation)).hasValue(730);
        assertThat(db.rows("SELECT changed_by FROM organisation WHERE id = ?", organisation).getFirst())
                .containsEntry("changed_by", "admin");
        world.settings.setRetentionDays(organisation, null, "admin");
        assertThat(world.settings.retentionDays(organisation)).isEmpty();
    }

    @EachDatabase
    void refusesNegativePeriodsAndUnknownOrganisations(TestDatabase db) {
        RetentionWorld world = new RetentionWorld(db);
        long organisation = world.cases.organisation();

        assertThatThrownBy(() -> world.settings.setRetentionDays(organisation, -1, "admin"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> world.settings.setRetentionDays(987_654, 10, "admin"))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> world.settings.retentionDays(987_654)).isInstanceOf(RecordNotFoundException.class);
    }
}
