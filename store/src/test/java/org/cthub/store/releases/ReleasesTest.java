package org.cthub.store.releases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import org.cthub.store.EachDatabase;
import org.cthub.store.RecordNotFoundException;
import org.cthub.store.TestDatabase;
import org.cthub.store.releases.ReleaseRefusedException.Reason;

class ReleasesTest {

    // The database is shared by the class's tests: versions are compared with each other, not with 1.
    @EachDatabase
    void aReleaseGoesFromBuiltToApprovedToPublishedWithConsecutiveVersions(TestDatabase db) throws IOException {
        Releases releases = new Releases(db.database(), Clock.systemUTC());
        Path home = Files.createTempDirectory("releases-test");
        long first = built(releases, home, true);
        long second = built(releases, home, true);

        releases.approve(first, "manager");
        int version = releases.publish(first, "admin", home);
        releases.approve(second, "manager");
        assertThat(releases.publish(second, "admin", home)).isEqualTo(version + 1);

        DataRelease published = releases.find(second).orElseThrow();
        assertThat(published.status()).isEqualTo(ReleaseStatus.PUBLISHED);
        assertThat(published.previousReleaseId()).isEqualTo(first);
        assertThat(published.approvedBy()).isEqualTo("manager");
        assertThat(published.publishedBy()).isEqualTo("admin");
        assertThat(published.files()).extracting(ReleaseFile::name).containsExactly("data.csv", "report.json");
        assertThat(releases.latestPublished()).map(DataRelease::id).hasValue(second);
        assertThat(releases.list()).extracting(DataRelease::id).startsWith(second, first);
        long unpublished = built(releases, home, true);
        assertThat(releases.published()).allMatch(r -> r.status() == ReleaseStatus.PUBLISHED)
                .extracting(DataRelease::id).startsWith(second, first).doesNotContain(unpublished);
    }

    @EachDatabase
    void aPublishedReleaseIsImmutable(TestDatabase db) throws IOException {
        Releases releases = new Releases(db.database(), Clock.systemUTC());
        Path home = Files.createTempDirectory("releases-test");
        long id = built(releases, home, true);
        releases.approve(id, "manager");
        int version = releases.publish(id, "admin", home);

        assertRefused(() -> releases.reject(id, "admin", "too late"), Reason.PUBLISHED_IS_IMMUTABLE);
        assertRefused(() -> releases.approve(id, "manager"), Reason.PUBLISHED_IS_IMMUTABLE);
        assertRefused(() -> releases.publish(id, "admin", home), Reason.PUBLISHED_IS_IMMUTABLE);
        assertThat(releases.find(id).orElseThrow().version()).isEqualTo(version);
    }

    @EachDatabase
    void refusesToApproveAFailedCheckOrToPublishUnapprovedOrRejected(TestDatabase db) throws IOException {
        Releases releases = new Releases(db.database(), Clock.systemUTC());
        Path home = Files.createTempDirectory("releases-test");
        long failed = built(releases, home, false);
        long unapproved = built(releases, home, true);

        assertRefused(() -> releases.approve(failed, "manager"), Reason.CHECK_FAILED);
        assertRefused(() -> releases.publish(unapproved, "admin", home), Reason.NOT_APPROVED);
        releases.reject(unapproved, "manager", "wrong k");
        assertThat(releases.find(unapproved).orElseThrow().rejectedNote()).isEqualTo("wrong k");
        assertRefused(() -> releases.approve(unapproved, "manager"), Reason.ALREADY_REJECTED);
        assertThatThrownBy(() -> releases.approve(987_654, "manager")).isInstanceOf(RecordNotFoundException.class);
    }

    @EachDatabase
    void verifyFindsAChangedMissingOrAddedFileAndPublishRefusesIt(TestDatabase db) throws IOException {
        Releases releases = new Releases(db.database(), Clock.systemUTC());
        Path home = Files.createTempDirectory("releases-test");
        long id = built(releases, home, true);
        releases.approve(id, "manager");
        Path folder = home.resolve(releases.find(id).orElseThrow().folder());
        assertThat(releases.verify(id, home)).isEmpty();

        Files.write(folder.resolve("data.csv"), new byte[] {'x'}, StandardOpenOption.APPEND);
        Files.delete(folder.resolve("report.json"));
        Files.writeString(folder.resolve("extra.txt"), "added");

        assertThat(releases.verify(id, home)).containsExactlyInAnyOrder("data.csv", "report.json", "extra.txt");
        assertRefused(() -> releases.publish(id, "admin", home), Reason.FILES_CHANGED);
        assertThat(releases.find(id).orElseThrow().status()).isEqualTo(ReleaseStatus.APPROVED);
        assertThat(releases.find(id).orElseThrow().version()).isNull();
    }

    private static long built(Releases releases, Path home, boolean passed) throws IOException {
        Path staging = Files.createTempDirectory(home, "staging");
        Files.writeString(staging.resolve("data.csv"), "a,b\n1,2\n");
        Files.writeString(staging.resolve("report.json"), "{}");
        NewRelease release = new NewRelease("k-anonymity", "k=11 suppression=0.05 epsilon=4", passed, 2, 0,
                Checksums.of(staging));
        return releases.record(release, "manager", id -> home.relativize(staging).toString());
    }

    private static void assertRefused(Runnable action, Reason reason) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ReleaseRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
