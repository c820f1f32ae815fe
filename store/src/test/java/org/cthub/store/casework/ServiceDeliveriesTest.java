package org.cthub.store.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.cthub.store.EachDatabase;
import org.cthub.store.RecordNotFoundException;
import org.cthub.store.TestDatabase;
import org.cthub.store.TestStore;

class ServiceDeliveriesTest {

    private static final ServiceDetails SHELTER = new ServiceDetails(ServiceType.SAFE_ACCOMMODATION, "City shelter",
            LocalDate.of(2025, 1, 5), null, ServiceOutcome.ONGOING, 0);

    @EachDatabase
    void addsAndListsTheServicesOfACase(TestDatabase db) {
        Fixture fixture = Fixture.on(db);
        long caseId = fixture.newCase();
        ServiceDeliveries services = fixture.casework().services();

        long shelter = services.add(caseId, SHELTER, fixture.caseworker());
        long legal = services.add(caseId, new ServiceDetails(ServiceType.LEGAL, null, null, null,
                ServiceOutcome.PLANNED, null), fixture.caseworker());

        assertThat(services.list(caseId)).extracting(ServiceDelivery::id).containsExactly(shelter, legal);
        ServiceDelivery stored = services.find(shelter).orElseThrow();
        assertThat(stored.details()).isEqualTo(SHELTER);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.createdBy()).isEqualTo(fixture.caseworker());
        assertThat(stored.createdAt()).isEqualTo(TestStore.NOW);
        assertThat(services.list(caseId + 1000)).isEmpty();
    }

    @EachDatabase
    void refusesAnUpdateBasedOnAnOutdatedVersion(TestDatabase db) {
        Fixture fixture = Fixture.on(db);
        long caseId = fixture.newCase();
        ServiceDeliveries services = fixture.casework().services();
        long shelter = services.add(caseId, SHELTER, "x");
        ServiceDetails completed = new ServiceDetails(ServiceType.SAFE_ACCOMMODATION, "City shelter",
                LocalDate.of(2025, 1, 5), LocalDate.of(2025, 2, 28), ServiceOutcome.COMPLETED, 0);
        ServiceDetails declined = new ServiceDetails(ServiceType.SAFE_ACCOMMODATION, "City shelter",
                LocalDate.of(2025, 1, 5), null, ServiceOutcome.DECLINED_BY_PERSON, 0);

        int version = services.update(shelter, 1, completed, fixture.caseworker());

        assertThat(version).isEqualTo(2);
        assertThatThrownBy(() -> services.update(shelter, 1, declined, fixture.supervisor()))
                .isInstanceOfSatisfying(ServiceDeliveryChangedException.class, e -> {
                    assertThat(e.currentVersion()).isEqualTo(2);
                    assertThat(e.changedBy()).isEqualTo(fixture.caseworker());
                });
        ServiceDelivery stored = services.find(shelter).orElseThrow();
        assertThat(stored.details()).isEqualTo(completed);
        assertThat(stored.changedBy()).isEqualTo(fixture.caseworker());
        assertThatThrownBy(() -> services.update(shelter + 1000, 1, declined, "x"))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @EachDatabase
    void checksTheDetailsAndTheSupportPlanTheyServe(TestDatabase db) {
        Fixture fixture = Fixture.on(db);
        long caseId = fixture.newCase();

        assertThatThrownBy(() -> fixture.casework().services().add(caseId, new ServiceDetails(ServiceType.MEDICAL,
                null, null, null, ServiceOutcome.PLANNED, 1), "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("supportPlanIndex");
        assertThatThrownBy(() -> new ServiceDetails(ServiceType.MEDICAL, null, LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 1, 1), ServiceOutcome.COMPLETED, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("endedOn");
        assertThatThrownBy(() -> new ServiceDetails(null, null, null, null, ServiceOutcome.PLANNED, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("type");
        assertThatThrownBy(() -> fixture.casework().services().add(caseId + 1000, SHELTER, "x"))
                .isInstanceOf(RecordNotFoundException.class);
    }
}
