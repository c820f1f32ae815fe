package org.cthub.app.linkage;

import jakarta.annotation.PreDestroy;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The linkage jobs of this server, in memory: one runs at a time (linkage uses every core) and none waits.
 * A job and its summary are forgotten {@link #KEPT} after they started; nothing of them reaches the database
 * but the audit entry. Ids are random, so one cannot be guessed, and each is shown only to its owner anyway.
 */
@Component
class LinkageJobs {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LinkageJobs.class);

    static final Duration KEPT = Duration.ofHours(2);

    private final Map<String, LinkageJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "cthub-linkage");
        thread.setDaemon(true);
        return thread;
    });
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    LinkageJobs(Clock clock) {
        this.clock = clock;
    }

    /**
     * Starts work as a new job of {@code owner}, unless a job runs or waits already: one linkage holds every
     * core and its records in memory, so a queue of them would only pile up memory (as releases refuse a second
     * build).
     *
     * @throws LinkageInputException {@code linkage.error.busy} when a job runs or waits
     */
    synchronized LinkageJob start(String owner, String lists, Consumer<LinkageJob> work) {
        forgetOld();
        if (busy()) {
            throw new LinkageInputException("linkage.error.busy");
        }
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        LinkageJob job = new LinkageJob(HexFormat.of().formatHex(bytes), owner, lists, clock.instant());
        jobs.put(job.id(), job);
        executor.submit(() -> {
            try {
                work.accept(job);
            } catch (Throwable e) {
                // The work records its own failure; this only keeps a job from staying RUNNING for ever.
                LOG.warn("Linkage job {} ended with {}", job.id(), e.getClass().getName());
            } finally {
                if (job.state() == LinkageJob.State.RUNNING) {
                    job.fail("linkage.error.failed");
                }
            }
        });
        return job;
    }

    /** Whether a job runs or waits. */
    boolean busy() {
        return jobs.values().stream().anyMatch(job -> job.state() == LinkageJob.State.RUNNING);
    }

    /** The job with this id if {@code owner} started it. */
    Optional<LinkageJob> find(String id, String owner) {
        return Optional.ofNullable(jobs.get(id)).filter(job -> job.owner().equals(owner));
    }

    /** The owner's jobs, newest first. */
    List<LinkageJob> of(String owner) {
        return jobs.values().stream().filter(job -> job.owner().equals(owner))
                .sorted((a, b) -> b.startedAt().compareTo(a.startedAt())).toList();
    }

    private void forgetOld() {
        var limit = clock.instant().minus(KEPT);
        jobs.values().removeIf(job -> job.state() != LinkageJob.State.RUNNING && job.startedAt().isBefore(limit));
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
