package org.cthub.app.cli;

import java.io.PrintWriter;

/**
 * Progress of a long job, drawn on one terminal line that rewrites itself. Silent when the output is not a
 * terminal, so scripts and --json output are never polluted.
 */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void advance(long done) {
        }

        @Override
        public void finish(long done) {
        }
    };

    /** Reports that {@code done} units are complete; cheap enough to call for every row. */
    void advance(long done);

    void finish(long done);

    /**
     * A progress line on {@code err} when the process has a console, otherwise {@link #NONE}.
     *
     * @param total the expected number of units, or a negative number when unknown
     */
    static Progress onTerminal(PrintWriter err, String what, long total) {
        return System.console() == null ? NONE : new TerminalProgress(err, what, total);
    }
}
