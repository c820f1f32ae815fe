package org.cthub.store.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cthub.store.EachDatabase;
import org.cthub.store.TestDatabase;
import org.cthub.store.TestStore;

class OrganisationsTest {

    @EachDatabase
    void createsAnOrganisationOnFirstUseAndFindsItAfter(TestDatabase db) {
        Organisations organisations = TestStore.on(db).organisations();

        Organisation created = organisations.findOrCreate("shelter-north", "importer");
        Organisation again = organisations.findOrCreate("SHELTER-NORTH", "someone else");

        assertThat(created.code()).isEqualTo("SHELTER-NORTH");
        assertThat(created.name()).isEqualTo("SHELTER-NORTH");
        assertThat(created.createdBy()).isEqualTo("importer");
        assertThat(created.createdAt()).isEqualTo(TestStore.NOW);
        assertThat(again).isEqualTo(created);
        assertThat(organisations.findByCode("Shelter-North")).contains(created);
        assertThat(db.number("SELECT COUNT(*) FROM organisation WHERE code = 'SHELTER-NORTH'")).isOne();
    }

    @EachDatabase
    void findsNothingForAnUnknownCode(TestDatabase db) {
        assertThat(TestStore.on(db).organisations().findByCode("NOBODY")).isEmpty();
    }

    @EachDatabase
    void refusesCodesThatAreNotShortPlainIdentifiers(TestDatabase db) {
        Organisations organisations = TestStore.on(db).organisations();

        for (String code : new String[] {"", " ", "-LEADING", "has space", "x".repeat(51), "a'b"}) {
            assertThatThrownBy(() -> organisations.findOrCreate(code, "importer")).as(code)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
