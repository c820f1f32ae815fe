package org.cthub.app.releases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.cthub.privacy.anonymity.Anonymiser;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.store.releases.Checksums;
import org.cthub.store.releases.NewRelease;
import org.cthub.store.releases.ReleaseFile;
import org.cthub.store.releases.Releases;

/**
 * A build into the data home that is recorded in the store: staged in {@code releases/.staging-*}, recorded with
 * the checksums of its files, moved to {@code releases/<id>}, and its privacy-budget charge attached. The web and
 * the command line both build this way, so every release that can be published went through the same steps. A
 * refused build leaves no folder behind; its budget stays charged if noise was drawn.
 */
final class RecordedBuild {

    record Built(long id, ReleaseFolder.Outcome outcome) {
    }

    private RecordedBuild() {
    }

    /**
     * Reads the cases, closing their stream (and its database connection) before the long part of the build.
     */
    static ReleaseInput read(Stream<CaseRecord> cases, BuildProgress progress) {
        progress.step(BuildProgress.Step.READING);
        try (cases) {
            return ReleaseInput.of(cases, progress);
        }
    }

    /**
     * @throws IllegalArgumentException for a seeded build: its noise can be regenerated, so it is never recorded
     * @throws UncheckedIOException when the folder could not be moved into place; the recorded row is then rejected
     */
    static Built build(ReleaseInput input, ReleaseParameters parameters, Path home, Releases releases,
                       CollaborativeBudget budget, String actor, Clock clock, BuildProgress progress) {
        if (parameters.seed().isPresent()) {
            throw new IllegalArgumentException("A seeded build is for a trial folder only: its noise can be "
                    + "regenerated, so it is never recorded or published");
        }
        Path staging = home.resolve(ReleaseHome.RELEASES).resolve(".staging-" + UUID.randomUUID());
        CollaborativeBudget.Charging charging = budget.charging(actor, purpose(parameters));
        try {
            ReleaseFolder.Outcome outcome = new ReleaseBuilder(new Anonymiser(), clock, charging, progress)
                    .build(input, parameters, staging);
            progress.step(BuildProgress.Step.RECORDING);
            Release built = outcome.release();
            List<ReleaseFile> files = Checksums.of(staging);
            long id = releases.record(new NewRelease(parameters.method().cliName(), describe(parameters),
                    outcome.check().passed(), built.statistics().published(), built.suppressed(), files), actor,
                    ReleaseHome::folderOf);
            charging.attach(id);
            Path folder = home.resolve(ReleaseHome.folderOf(id));
            try {
                Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                // A row without its files must never be approved: it is rejected at once, the budget stays spent.
                releases.reject(id, actor, "Its files could not be moved into place (" + e.getClass().getSimpleName()
                        + "); build a new release");
                throw new UncheckedIOException("Unable to move release " + id + " into place", e);
            }
            return new Built(id, new ReleaseFolder.Outcome(folder, built, outcome.check()));
        } finally {
            deleteQuietly(staging);
        }
    }

    static String purpose(ReleaseParameters parameters) {
        return parameters.method().cliName() + " release (" + describe(parameters) + ")";
    }

    static String describe(ReleaseParameters parameters) {
        return parameters.method() == ReleaseMethod.K_ANONYMITY
                ? String.format(Locale.ROOT, "k=%d suppression=%s epsilon=%s", parameters.k(),
                        parameters.suppressionLimit(), parameters.epsilon().stripTrailingZeros().toPlainString())
                : "epsilon=" + parameters.epsilon().stripTrailingZeros().toPlainString() + " delta="
                        + parameters.delta().toString();
    }

    /** Removes a staging folder; one left behind holds nothing recorded and is never listed. */
    static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // A staging folder left behind holds no published data and is never listed.
        }
    }
}
