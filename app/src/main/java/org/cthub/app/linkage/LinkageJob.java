package org.cthub.app.linkage;

import java.time.Instant;

/**
 * A linkage running in the background or finished: who started it (only they see it), which lists, how far it
 * got, and its summary. Fields change from the job's thread and are read by page requests, hence volatile.
 */
final class LinkageJob {

    enum State { RUNNING, DONE, FAILED }

    private final String id;
    private final String owner;
    private final String lists;
    private final Instant startedAt;
    private volatile State state = State.RUNNING;
    private volatile String phase = "linkage.phase.queued";
    private volatile long done;
    private volatile long total;
    private volatile LinkageSummary summary;
    private volatile String failure;

    LinkageJob(String id, String owner, String lists, Instant startedAt) {
        this.id = id;
        this.owner = owner;
        this.lists = lists;
        this.startedAt = startedAt;
    }

    public String id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    /** The lists' names (organisation codes or file names), for the page and the audit trail. */
    public String lists() {
        return lists;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public State state() {
        return state;
    }

    public String phase() {
        return phase;
    }

    public long done() {
        return done;
    }

    public long total() {
        return total;
    }

    /** Progress of the current phase in percent, or -1 when the phase cannot count its steps. */
    public int percent() {
        return total <= 0 ? -1 : (int) Math.min(100, 100 * done / total);
    }

    public LinkageSummary summary() {
        return summary;
    }

    public String failure() {
        return failure;
    }

    void phase(String messageKey, long doneSoFar, long steps) {
        this.phase = messageKey;
        this.done = doneSoFar;
        this.total = steps;
    }

    void advance(long doneSoFar) {
        this.done = doneSoFar;
    }

    void finish(LinkageSummary result) {
        this.summary = result;
        this.state = State.DONE;
    }

    void fail(String messageKey) {
        this.failure = messageKey;
        this.state = State.FAILED;
    }
}
