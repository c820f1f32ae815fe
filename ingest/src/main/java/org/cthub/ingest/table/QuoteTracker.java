package org.cthub.ingest.table;

/**
 * Follows where CSV records and cells end, one character at a time, with the quoting rules of RFC 4180 as
 * Commons CSV applies them here: a quote opens a quoted cell only at the start of a cell (after optional
 * spaces), a doubled quote inside it is a literal quote, line breaks inside it belong to the cell. It does not
 * parse (Commons CSV does); it lets the delimiter be guessed and a runaway record be stopped without holding
 * the text.
 */
final class QuoteTracker {

    private enum State { CELL_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    private static final char QUOTE = '"';

    private final char delimiter;
    private State state = State.CELL_START;

    QuoteTracker(char delimiter) {
        this.delimiter = delimiter;
    }

    /** Feeds the next character. */
    Event accept(char c) {
        switch (state) {
            case QUOTED -> {
                if (c == QUOTE) {
                    state = State.QUOTE_IN_QUOTED;
                }
                return Event.NONE;
            }
            case QUOTE_IN_QUOTED -> {
                if (c == QUOTE) {
                    state = State.QUOTED;
                    return Event.NONE;
                }
                return outsideQuotes(c, false);
            }
            case CELL_START -> {
                if (c == QUOTE) {
                    state = State.QUOTED;
                    return Event.NONE;
                }
                return outsideQuotes(c, true);
            }
            default -> {
                return outsideQuotes(c, false);
            }
        }
    }

    private Event outsideQuotes(char c, boolean atCellStart) {
        if (c == delimiter) {
            state = State.CELL_START;
            return Event.DELIMITER;
        }
        if (c == '\n' || c == '\r') {
            state = State.CELL_START;
            return Event.RECORD_END;
        }
        state = atCellStart && (c == ' ' || c == '\t') ? State.CELL_START : State.UNQUOTED;
        return Event.NONE;
    }

    /** Whether the text so far ends inside a quoted cell. */
    boolean insideQuotes() {
        return state == State.QUOTED;
    }

    /** What a character was, outside quoted cells. */
    enum Event { NONE, DELIMITER, RECORD_END }
}
