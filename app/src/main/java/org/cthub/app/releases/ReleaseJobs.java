package org.cthub.app.releases;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Release builds in the background, one at a time (a build reads every consenting case and holds them in memory;
 * two at once would double that and gain nothing on two cores). Each job is visible only to the account that
 * started it and is forgotten an hour after it ended. The job runs with its starter's security context, so the
 * service's authority checks and audit entries name that person.
 */
@Component
class ReleaseJobs {

    private static final Duration KEPT = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(ReleaseJobs.class);

    public enum State { WAITING, RUNNING, DONE, REFUSED, FAILED }

    /** One build and how far it got; read by the progress page while the build thread writes it. */
    static final class Job implements BuildProgress {

        private final String id;
        private final String owner;
        private final long totalCases;
        private volatile State state = State.WAITING;
        private volatile Step step = Step.READING;
        private volatile long casesRead;
        private volatile Long releaseId;
        private volatile ReleaseRefusedException.Why refusal;
        private volatile java.util.List<String> refusalArguments = java.util.List.of();
        private volatile Instant ended;

        private Job(String id, String owner, long totalCases) {
            this.id = id;
            this.owner = owner;
            this.totalCases = totalCases;
        }

        @Override
        public void step(Step next) {
            step = next;
        }

        @Override
        public void casesRead(long cases) {
            casesRead = cases;
        }

        public String id() {
            return id;
        }

        public State state() {
            return state;
        }

        public Step step() {
            return step;
        }

        public long casesRead() {
            return casesRead;
        }

        public long totalCases() {
            return totalCases;
        }

        public Long releaseId() {
            return releaseId;
        }

        public ReleaseRefusedException.Why refusal() {
            return refusal;
        }

        /** The figures of the refusal, for the page's message; blanks past the last. */
        public String refusalArgument(int index) {
            return index < refusalArguments.size() ? refusalArguments.get(index) : "";
        }

        /**
         * Percent done. Reading the cases is most of a build, so it takes the first 70 %, weighted by cases read;
         * the other steps share the rest in order.
         */
        public int percent() {
            if (state == State.DONE) {
                return 100;
            }
            if (state == State.WAITING) {
                return 0;
            }
            if (step == Step.READING) {
                return totalCases == 0 ? 0 : (int) Math.min(70, 70 * casesRead / totalCases);
            }
            return switch (step) {
                case PROTECTING -> 75;
                case AGGREGATES -> 85;
                case FIGURES -> 90;
                case WRITING -> 95;
                default -> 99;
            };
        }

        public boolean ended() {
            return state == State.DONE || state == State.REFUSED || state == State.FAILED;
        }
    }

    /** Refused: a build is running or waiting already; builds run one at a time, and each one spends budget. */
    static final class BusyException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient Job active;

        BusyException(Job active) {
            super("A release build is running already");
            this.active = active;
        }

        Job active() {
            return active;
        }

        boolean startedBy(String account) {
            return active.owner.equals(account);
        }
    }

    /** The work of a job: builds and gives the recorded release's id. */
    @FunctionalInterface
    interface Work extends ToLongFunction<Job> {
    }

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "release-build");
        thread.setDaemon(true);
        return thread;
    });
    private final Clock clock;

    ReleaseJobs(Clock clock) {
        this.clock = clock;
    }

    /**
     * Starts a job, unless one is running or waiting: a second click on "Build" would otherwise queue a second
     * build and spend the budget twice.
     *
     * @throws BusyException when a build is running or waiting
     */
    synchronized Job submit(String owner, long totalCases, Work work) {
        forgetOld();
        jobs.values().stream().filter(job -> !job.ended()).findFirst().ifPresent(active -> {
            throw new BusyException(active);
        });
        Job job = new Job(UUID.randomUUID().toString(), owner, totalCases);
        jobs.put(job.id, job);
        // A copy of the context: the session's own object is emptied at logout, and the build outlives the page.
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        executor.execute(new DelegatingSecurityContextRunnable(() -> run(job, work), context));
        return job;
    }

    private void run(Job job, Work work) {
        job.state = State.RUNNING;
        try {
            job.releaseId = work.applyAsLong(job);
            job.state = State.DONE;
        } catch (ReleaseRefusedException e) {
            job.refusal = e.why();
            job.refusalArguments = e.arguments();
            job.state = State.REFUSED;
        } catch (Throwable e) {
            // Errors too (a large build can run out of memory): a job left RUNNING would be polled for an hour.
            // The message may quote a value of the data, so the log gets the kind of failure and the step only.
            LOG.error("Release build {} failed while {}: {}", job.id, job.step, e.getClass().getName());
            job.state = State.FAILED;
        } finally {
            job.ended = clock.instant();
        }
    }

    /** The job, only for the account that started it. */
    Optional<Job> find(String id, String owner) {
        Job job = jobs.get(id);
        return job != null && job.owner.equals(owner) ? Optional.of(job) : Optional.empty();
    }

    private void forgetOld() {
        Instant limit = clock.instant().minus(KEPT);
        jobs.values().removeIf(job -> job.ended != null && job.ended.isBefore(limit));
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
