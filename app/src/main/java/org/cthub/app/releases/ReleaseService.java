package org.cthub.app.releases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.cthub.app.audit.AuditTrail;
import org.cthub.app.cli.Store;
import org.cthub.app.security.CurrentUser;
import org.cthub.app.security.Role;
import org.cthub.privacy.anonymity.Anonymiser;
import org.cthub.store.RecordNotFoundException;
import org.cthub.store.audit.AuditEvent;
import org.cthub.store.cases.StoredCase;
import org.cthub.store.releases.Checksums;
import org.cthub.store.releases.DataRelease;
import org.cthub.store.releases.NewRelease;
import org.cthub.store.releases.ReleaseFile;
import org.cthub.store.releases.Releases;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Releases from the web: a data manager builds and approves, an administrator publishes. Authorities are checked
 * here, not only on the pages, so no other caller can skip them. The audit trail gets ids and counts only.
 */
@Service
class ReleaseService {

    static final String READ = "hasAnyAuthority('" + Role.Authority.RELEASE_BUILD + "', '"
            + Role.Authority.RELEASE_PUBLISH + "')";
    static final String BUILD = "hasAuthority('" + Role.Authority.RELEASE_BUILD + "')";
    static final String PUBLISH = "hasAuthority('" + Role.Authority.RELEASE_PUBLISH + "')";

    /** A release in the list, with whether its files still match their checksums. */
    record Row(DataRelease release, boolean intact) {
    }

    /** A release with what the detail page shows beside it. */
    record View(DataRelease release, ReleaseChanges changes, List<String> changedFiles, Map<String, String> figures) {
    }

    private final Store store;
    private final Releases releases;
    private final ReleaseHome home;
    private final AuditTrail audit;
    private final Clock clock;

    ReleaseService(Store store, Releases releases, ReleaseHome home, AuditTrail audit, Clock clock) {
        this.store = store;
        this.releases = releases;
        this.home = home;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Builds a release from every consenting case into a staging folder, records it with its checksums, then
     * moves the folder to {@code releases/<id>}. A refused build leaves nothing behind.
     *
     * @throws ReleaseRefusedException when the criteria cannot be met (nothing to release, k unreachable)
     * @throws IllegalArgumentException when a parameter is out of range
     */
    @PreAuthorize(BUILD)
    long build(ReleaseParameters parameters) {
        Path releasesFolder = home.home().resolve(ReleaseHome.RELEASES);
        Path staging = releasesFolder.resolve(".staging-" + UUID.randomUUID());
        try {
            ReleaseFolder.Outcome outcome;
            try (Stream<StoredCase> cases = store.cases().export()) {
                outcome = new ReleaseBuilder(new Anonymiser(), clock).build(cases.map(StoredCase::record),
                        parameters, staging);
            }
            Release built = outcome.release();
            List<ReleaseFile> files = Checksums.of(staging);
            long id = releases.record(new NewRelease(parameters.method().cliName(), describe(parameters),
                    outcome.check().passed(), built.statistics().published(), built.suppressed(), files),
                    CurrentUser.get().username(), ReleaseHome::folderOf);
            Files.move(staging, home.home().resolve(ReleaseHome.folderOf(id)), StandardCopyOption.ATOMIC_MOVE);
            audit.record("RELEASE_BUILD", "RELEASE", id, AuditEvent.Outcome.SUCCESS, String.format(Locale.ROOT,
                    "records=%d suppressed=%d check=%s", built.statistics().published(), built.suppressed(),
                    outcome.check().passed() ? "passed" : "failed"));
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("Unable to move the release into place", e);
        } finally {
            deleteQuietly(staging);
        }
    }

    /** Every release; each one's files are hashed again, so a change on disk shows in the list at once. */
    @PreAuthorize(READ)
    List<Row> list() {
        return releases.list().stream()
                .map(release -> new Row(release, releases.verify(release.id(), home.home()).isEmpty())).toList();
    }

    @PreAuthorize(READ)
    View view(long id) {
        DataRelease release = find(id);
        Optional<DataRelease> previous = release.previousReleaseId() != null
                ? releases.find(release.previousReleaseId())
                : release.published() ? Optional.empty() : releases.latestPublished();
        return new View(release, ReleaseChanges.between(previous, release), releases.verify(id, home.home()),
                ReportFigures.read(home.home().resolve(release.folder()).resolve("report.json")));
    }

    /** A file of a release, only one of those recorded with it. */
    @PreAuthorize(READ)
    Path file(long id, String name) {
        DataRelease release = find(id);
        if (release.files().stream().noneMatch(file -> file.name().equals(name))) {
            throw new RecordNotFoundException("data_release_file", id);
        }
        return home.home().resolve(release.folder()).resolve(name);
    }

    @PreAuthorize(BUILD)
    void approve(long id) {
        try {
            releases.approve(id, CurrentUser.get().username());
            audit.record("RELEASE_APPROVE", "RELEASE", id);
        } catch (org.cthub.store.releases.ReleaseRefusedException e) {
            audit.record("RELEASE_APPROVE", "RELEASE", id, AuditEvent.Outcome.DENIED, e.reason().name());
            throw e;
        }
    }

    /** Verifies every checksum and publishes; refuses when anything changed since the build. */
    @PreAuthorize(PUBLISH)
    int publish(long id) {
        try {
            int version = releases.publish(id, CurrentUser.get().username(), home.home());
            audit.record("RELEASE_PUBLISH", "RELEASE", id, AuditEvent.Outcome.SUCCESS, "version=" + version);
            return version;
        } catch (org.cthub.store.releases.ReleaseRefusedException e) {
            audit.record("RELEASE_PUBLISH", "RELEASE", id, AuditEvent.Outcome.DENIED, e.reason().name());
            throw e;
        }
    }

    /** Either role may stop a release before it is published. The note stays in the store, not in the audit. */
    @PreAuthorize(READ)
    void reject(long id, String note) {
        try {
            releases.reject(id, CurrentUser.get().username(), note);
            audit.record("RELEASE_REJECT", "RELEASE", id);
        } catch (org.cthub.store.releases.ReleaseRefusedException e) {
            audit.record("RELEASE_REJECT", "RELEASE", id, AuditEvent.Outcome.DENIED, e.reason().name());
            throw e;
        }
    }

    private DataRelease find(long id) {
        return releases.find(id).orElseThrow(() -> new RecordNotFoundException("data_release", id));
    }

    static String describe(ReleaseParameters parameters) {
        return parameters.method() == ReleaseMethod.K_ANONYMITY
                ? String.format(Locale.ROOT, "k=%d suppression=%s epsilon=%s", parameters.k(),
                        parameters.suppressionLimit(), parameters.epsilon().stripTrailingZeros().toPlainString())
                : "epsilon=" + parameters.epsilon().stripTrailingZeros().toPlainString() + " delta="
                        + parameters.delta().toString();
    }

    private static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // A staging folder left behind holds no published data and is never listed; the next start may clean it.
        }
    }
}
