package org.cthub.app.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The linkage jobs: one at a time with no queue, and no job left running by an Error. */
class LinkageJobsTest {

    @Test
    void refusesANewJobWhileOneRunsAndAcceptsOneAfterwards() throws Exception {
        LinkageJobs jobs = new LinkageJobs(Clock.systemUTC());
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch ended = new CountDownLatch(1);
        try {
            LinkageJob first = jobs.start("a", "files=a,b", job -> {
                await(release);
                job.finish(null);
                ended.countDown();
            });

            assertThat(jobs.busy()).isTrue();
            assertThatThrownBy(() -> jobs.start("b", "files=c,d", job -> job.finish(null)))
                    .isInstanceOf(LinkageInputException.class)
                    .satisfies(e -> assertThat(((LinkageInputException) e).messageKey()).isEqualTo("linkage.error.busy"));
            release.countDown();
            assertThat(ended.await(10, TimeUnit.SECONDS)).isTrue();
            waitUntilIdle(jobs);
            assertThat(first.state()).isEqualTo(LinkageJob.State.DONE);
            assertThat(jobs.start("b", "files=c,d", job -> job.finish(null))).isNotNull();
        } finally {
            release.countDown();
            jobs.stop();
        }
    }

    @Test
    void anErrorOtherThanOutOfMemoryMarksTheJobFailed() throws Exception {
        LinkageJobs jobs = new LinkageJobs(Clock.systemUTC());
        try {
            LinkageJob job = jobs.start("a", "files=a,b", j -> {
                throw new StackOverflowError();
            });
            waitUntilIdle(jobs);

            assertThat(job.state()).isEqualTo(LinkageJob.State.FAILED);
            assertThat(job.failure()).isEqualTo("linkage.error.failed");
            assertThat(jobs.busy()).isFalse();
        } finally {
            jobs.stop();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits (not a timed assertion: a bound against hanging) until no job runs. */
    private static void waitUntilIdle(LinkageJobs jobs) throws InterruptedException {
        for (int i = 0; i < 1000 && jobs.busy(); i++) {
            Thread.sleep(10);
        }
    }
}
