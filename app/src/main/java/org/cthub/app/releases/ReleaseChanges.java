package org.cthub.app.releases;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cthub.store.releases.DataRelease;

/**
 * The release notes' "what changed": a release against the previous published one, figure by figure. Only
 * figures that differ are listed; an empty list with a previous release means nothing changed.
 *
 * @param previousVersion the version compared with, empty for the first release
 * @param changes what differs
 */
public record ReleaseChanges(Optional<Integer> previousVersion, List<Change> changes) {

    /** One figure before and after; {@code key} names its message ({@code releases.notes.<key>}). */
    public record Change(String key, String before, String after) {
    }

    /** Public: the hub's downloads page says the same of each published version. */
    public static ReleaseChanges between(Optional<DataRelease> previous, DataRelease release) {
        if (previous.isEmpty()) {
            return new ReleaseChanges(Optional.empty(), List.of());
        }
        DataRelease before = previous.get();
        List<Change> changes = new ArrayList<>();
        add(changes, "records", Long.toString(before.records()), Long.toString(release.records()));
        add(changes, "suppressed", Long.toString(before.suppressed()), Long.toString(release.suppressed()));
        add(changes, "method", before.method(), release.method());
        add(changes, "parameters", before.parameters(), release.parameters());
        return new ReleaseChanges(Optional.ofNullable(before.version()), List.copyOf(changes));
    }

    private static void add(List<Change> changes, String key, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(key, before, after));
        }
    }
}
