package org.cthub.app.cli;

import java.io.PrintWriter;

/** A self-rewriting progress line with rate and, when the total is known, percentage and time left. */
final class TerminalProgress implements Progress {

    private static final long INTERVAL_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final String what;
    private final long total;
    private final long started = System.nanoTime();
    private long lastDrawn;

    TerminalProgress(PrintWriter err, String what, long total) {
        this.err = err;
        this.what = what;
        this.total = total;
    }

    @Override
    public void advance(long done) {
        if ((done & 1023) != 0) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDrawn >= INTERVAL_NANOS) {
            lastDrawn = now;
            draw(done, now, false);
        }
    }

    @Override
    public void finish(long done) {
        draw(done, System.nanoTime(), true);
    }

    private void draw(long done, long now, boolean last) {
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        long rate = Math.round(done / seconds);
        StringBuilder line = new StringBuilder("\r").append(what).append(": ").append(String.format("%,d", done));
        if (total > 0) {
            line.append(String.format(" of %,d (%d%%)", total, Math.min(100, done * 100 / total)));
            if (!last && rate > 0) {
                line.append(String.format(", about %ds left", (total - done) / rate));
            }
        }
        line.append(String.format(", %,d/s   ", rate));
        err.print(line);
        if (last) {
            err.println();
        }
        err.flush();
    }
}
