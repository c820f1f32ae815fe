package org.cthub.ingest.table;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops a CSV record that never ends, before it fills memory: a quote opened and never closed swallows the
 * rest of the file into one cell, and the parser would hold it all. Characters are passed on up to the one
 * that makes the current record too long; the next read then fails with {@link RecordTooLongException}, so
 * that the parser has finished every record before it.
 */
final class RecordLengthGuard extends FilterReader {

    private final QuoteTracker tracker;
    private final long maxRecordChars;
    private long recordChars;
    private boolean tripped;

    RecordLengthGuard(Reader in, char delimiter, long maxRecordChars) {
        super(in);
        this.tracker = new QuoteTracker(delimiter);
        this.maxRecordChars = maxRecordChars;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) == -1 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (tripped) {
            throw new RecordTooLongException(maxRecordChars);
        }
        int read = super.read(buffer, offset, length);
        for (int i = 0; i < read; i++) {
            if (tracker.accept(buffer[offset + i]) == QuoteTracker.Event.RECORD_END) {
                recordChars = 0;
            } else if (++recordChars > maxRecordChars) {
                tripped = true;
                if (i == 0) {
                    throw new RecordTooLongException(maxRecordChars);
                }
                return i;
            }
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skip is not supported while guarding record length");
    }

    /** A record longer than the guard allows. */
    static final class RecordTooLongException extends IOException {
        private static final long serialVersionUID = 1L;
        private final long limit;

        RecordTooLongException(long limit) {
            super("a record is longer than " + limit + " characters");
            this.limit = limit;
        }

        long limit() {
            return limit;
        }
    }
}
