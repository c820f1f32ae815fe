package org.cthub.app.releases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.cthub.store.releases.DataRelease;
import org.cthub.store.releases.ReleaseStatus;
import org.junit.jupiter.api.Test;

class ReleaseChangesTest {

    @Test
    void theFirstReleaseHasNothingToCompareWith() {
        ReleaseChanges changes = ReleaseChanges.between(Optional.empty(), release(null, "k-anonymity", "k=11", 100, 5));

        assertThat(changes.previousVersion()).isEmpty();
        assertThat(changes.changes()).isEmpty();
    }

    @Test
    void listsOnlyTheFiguresThatDiffer() {
        DataRelease previous = release(3, "k-anonymity", "k=11 suppression=0.05 epsilon=4", 100, 5);
        DataRelease next = release(null, "k-anonymity", "k=5 suppression=0.05 epsilon=4", 120, 5);

        ReleaseChanges changes = ReleaseChanges.between(Optional.of(previous), next);

        assertThat(changes.previousVersion()).hasValue(3);
        assertThat(changes.changes()).containsExactly(new ReleaseChanges.Change("records", "100", "120"),
                new ReleaseChanges.Change("parameters", "k=11 suppression=0.05 epsilon=4",
                        "k=5 suppression=0.05 epsilon=4"));
    }

    @Test
    void anUnchangedReleaseHasAPreviousVersionAndNoChanges() {
        DataRelease previous = release(1, "synthetic", "epsilon=4 delta=0.000001", 50, 0);

        ReleaseChanges changes = ReleaseChanges.between(Optional.of(previous),
                release(null, "synthetic", "epsilon=4 delta=0.000001", 50, 0));

        assertThat(changes.previousVersion()).hasValue(1);
        assertThat(changes.changes()).isEmpty();
    }

    private static DataRelease release(Integer version, String method, String parameters, long records,
                                       long suppressed) {
        return new DataRelease(1, version, method, parameters,
                version == null ? ReleaseStatus.BUILT : ReleaseStatus.PUBLISHED, "releases/1", true, records,
                suppressed, "manager", OffsetDateTime.now(), null, null, null, null, null, null, null, null,
                List.of());
    }
}
