package org.cthub.app.releases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

class ReleaseJobsTest {

    private final ReleaseJobs jobs = new ReleaseJobs(Clock.systemUTC());

    @AfterEach
    void stop() {
        jobs.stop();
        SecurityContextHolder.clearContext();
    }

    @Test
    void oneBuildAtATimeSeenOnlyByWhoStartedIt() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ReleaseJobs.Job job = jobs.submit("manager", 10_000, progress -> {
            progress.step(BuildProgress.Step.READING);
            progress.casesRead(5_000);
            running.countDown();
            await(release);
            return 42;
        });
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(job.state()).isEqualTo(ReleaseJobs.State.RUNNING);
        assertThat(job.percent()).isEqualTo(35);
        assertThat(jobs.find(job.id(), "someone-else")).isEmpty();

        assertThatThrownBy(() -> jobs.submit("someone-else", 1, progress -> 1))
                .isInstanceOfSatisfying(ReleaseJobs.BusyException.class, busy -> {
                    assertThat(busy.active()).isSameAs(job);
                    assertThat(busy.startedBy("manager")).isTrue();
                });

        release.countDown();
        awaitEnd(job);
        assertThat(job.state()).isEqualTo(ReleaseJobs.State.DONE);
        assertThat(job.releaseId()).isEqualTo(42L);
        assertThat(job.percent()).isEqualTo(100);
        assertThat(jobs.find(job.id(), "manager")).containsSame(job);
        assertThat(jobs.submit("someone-else", 1, progress -> 7)).isNotSameAs(job);
    }

    @Test
    void anErrorFailsTheJobInsteadOfLeavingItRunning() throws Exception {
        ReleaseJobs.Job job = jobs.submit("manager", 1, progress -> {
            throw new OutOfMemoryError("simulated");
        });
        awaitEnd(job);
        assertThat(job.state()).isEqualTo(ReleaseJobs.State.FAILED);
    }

    @Test
    void aRefusalKeepsItsReasonAndFigures() throws Exception {
        ReleaseJobs.Job job = jobs.submit("manager", 1, progress -> {
            throw new ReleaseRefusedException("spent", ReleaseRefusedException.Why.BUDGET, "2", "4");
        });
        awaitEnd(job);
        assertThat(job.state()).isEqualTo(ReleaseJobs.State.REFUSED);
        assertThat(job.refusal()).isEqualTo(ReleaseRefusedException.Why.BUDGET);
        assertThat(job.refusalArgument(0)).isEqualTo("2");
        assertThat(job.refusalArgument(1)).isEqualTo("4");
        assertThat(job.refusalArgument(2)).isEmpty();
    }

    /** Logging out empties the session's security context; the build must still act as whoever started it. */
    @Test
    void theJobKeepsItsStartersIdentityAfterTheSessionsContextIsEmptied() throws Exception {
        Authentication starter = new UsernamePasswordAuthenticationToken("manager", null, java.util.List.of());
        SecurityContextHolder.getContext().setAuthentication(starter);
        CountDownLatch go = new CountDownLatch(1);
        AtomicReference<Authentication> seen = new AtomicReference<>();
        ReleaseJobs.Job job = jobs.submit("manager", 1, progress -> {
            await(go);
            seen.set(SecurityContextHolder.getContext().getAuthentication());
            return 1;
        });
        SecurityContextHolder.getContext().setAuthentication(null);
        go.countDown();
        awaitEnd(job);
        assertThat(seen.get()).isSameAs(starter);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void awaitEnd(ReleaseJobs.Job job) throws InterruptedException {
        for (int i = 0; i < 1000 && !job.ended(); i++) {
            Thread.sleep(10);
        }
        assertThat(job.ended()).isTrue();
    }
}
