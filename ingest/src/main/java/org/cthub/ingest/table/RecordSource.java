package org.cthub.ingest.table;

import java.util.List;

/** A format reader: yields a file's records by position, one at a time, holding only the current one. */
sealed interface RecordSource extends AutoCloseable permits CsvRecords, XlsxRecords, JsonRecords {

    /** The next record, blank ones included, or null after the last. */
    RawRecord next();

    /** How the file is being read. */
    TableDetails details();

    /** How line numbers count: file lines or sheet rows. */
    SourceRow.Location.Kind locationKind();

    /**
     * The column names when the format fixes them (JSON keys); null when the first records are the header.
     */
    default List<String> fixedHeader() {
        return null;
    }

    /**
     * Whether a record may have fewer cells than the header. True for XLSX and JSON, which do not store
     * empty cells; false for CSV, where a short record usually means a lost or extra delimiter.
     */
    boolean allowsShortRecords();

    @Override
    void close();
}
