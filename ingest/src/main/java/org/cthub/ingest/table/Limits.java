package org.cthub.ingest.table;

/**
 * The caps that keep memory flat whatever a file holds.
 *
 * @param maxCellChars the longest cell kept; a longer one is reported (E1011) and the row not handed on.
 *     64 Ki characters: twice Excel's own cell limit, far beyond any real answer
 * @param maxRecordChars the longest CSV record read before reading stops: bounds what one row, or a quote
 *     left open, can hold in memory
 * @param maxColumns the most columns a table may have (Excel's 16,384); for JSON, the most distinct keys
 */
record Limits(int maxCellChars, long maxRecordChars, int maxColumns) {

    static final Limits DEFAULT = new Limits(64 * 1024, 8L * 1024 * 1024, 16_384);

    Limits {
        if (maxCellChars < 1 || maxRecordChars < maxCellChars || maxColumns < 1) {
            throw new IllegalArgumentException("limits must be positive, a record at least a cell");
        }
    }
}
