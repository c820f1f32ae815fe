package org.cthub.app.releases;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cthub.app.audit.AuditTrail;
import org.cthub.app.cli.Store;
import org.cthub.app.security.CurrentUser;
import org.cthub.app.security.Role;
import org.cthub.app.security.SignedIn;
import org.cthub.store.RecordNotFoundException;
import org.cthub.store.audit.AuditEvent;
import org.cthub.store.cases.StoredCase;
import org.cthub.store.releases.DataRelease;
import org.cthub.store.releases.PrivacyBudgets;
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
    private final ReleaseJobs jobs;
    private final CollaborativeBudget budget;

    ReleaseService(Store store, Releases releases, ReleaseHome home, AuditTrail audit, Clock clock,
                   ReleaseJobs jobs) {
        this.store = store;
        this.releases = releases;
        this.home = home;
        this.audit = audit;
        this.clock = clock;
        this.jobs = jobs;
        this.budget = new CollaborativeBudget(new PrivacyBudgets(store.database(), clock));
    }

    /**
     * Starts a build of a release from every consenting case in the background; {@link #job} tells how far it got.
     * The job records the release with its checksums, or its refusal.
     *
     * @throws IllegalArgumentException when a parameter is out of range
     */
    @PreAuthorize(BUILD)
    ReleaseJobs.Job start(ReleaseParameters parameters) {
        SignedIn account = CurrentUser.get();
        return jobs.submit(account.username(), store.cases().count(), job -> build(parameters, account, job));
    }

    /** A build job of the signed-in account's, or nothing (another account's job does not exist for them). */
    @PreAuthorize(BUILD)
    Optional<ReleaseJobs.Job> job(String id) {
        return jobs.find(id, CurrentUser.get().username());
    }

    /** Runs in the job's thread; audits as the account that started it, which may have logged out since. */
    private long build(ReleaseParameters parameters, SignedIn account, ReleaseJobs.Job job) {
        try {
            ReleaseInput input = RecordedBuild.read(store.cases().export().map(StoredCase::record), job);
            RecordedBuild.Built built = RecordedBuild.build(input, parameters, home.home(), releases, budget,
                    account.username(), clock, job);
            Release release = built.outcome().release();
            audit(account, built.id(), AuditEvent.Outcome.SUCCESS, String.format(Locale.ROOT,
                    "records=%d suppressed=%d epsilon=%s check=%s", release.statistics().published(),
                    release.suppressed(), parameters.epsilon().stripTrailingZeros().toPlainString(),
                    built.outcome().check().passed() ? "passed" : "failed"));
            return built.id();
        } catch (ReleaseRefusedException e) {
            audit(account, null, AuditEvent.Outcome.DENIED, e.why().name());
            throw e;
        } catch (RuntimeException | Error e) {
            audit(account, null, AuditEvent.Outcome.FAILURE, job.step().name() + " " + e.getClass().getSimpleName());
            throw e;
        }
    }

    private void audit(SignedIn account, Long releaseId, AuditEvent.Outcome outcome, String detail) {
        audit.as(account.username(), account.organisationCode(), "RELEASE_BUILD", "RELEASE",
                releaseId == null ? null : releaseId.toString(), outcome, detail);
    }

    /** The privacy budget of the consenting cases across releases, and every charge made to it. */
    @PreAuthorize(READ)
    PrivacyBudgets.Status budget() {
        return budget.status();
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
}
