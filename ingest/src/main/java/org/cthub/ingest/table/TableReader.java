package org.cthub.ingest.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.cthub.standard.validation.ErrorCode;

/**
 * A contributor's file opened as a table: a {@link #header()} and then its data rows, one at a time.
 * Whatever the size of the file, only the current row is held (plus, for XLSX, the workbook's shared strings).
 *
 * <pre>{@code
 * try (TableReader table = TableReader.open(file)) {
 *     log(table.details());                        // CSV, windows-1252, delimiter ';'
 *     while (table.hasNext()) {
 *         SourceRow row = table.next();             // row.problems() empty, or the row is rejected
 *     }
 * }
 * }</pre>
 *
 * <p>Rows are numbered as {@link SourceRow} describes: data rows from 1, the header being row 0, blank rows
 * skipped. What is wrong with one row is a {@link org.cthub.standard.validation.Problem} on that row (E2001
 * malformed, E2002 truncated, E1011 too long), and reading goes on; what is wrong with the whole file is an
 * {@link UnreadableFileException} from {@link #open} (or, for a file that turns bad part-way, such as bytes
 * invalid in its encoding, from {@link #next}). After a row whose problem ends the file (a quote that never
 * closes), there are no more rows. Not thread-safe.
 */
public final class TableReader implements Iterator<SourceRow>, AutoCloseable {

    private final RecordSource source;
    private final TableHeader header;
    private final RowBuilder rows;
    private RawRecord pending;
    private SourceRow next;
    private long rowNumber;
    private boolean ended;
    private boolean closed;

    private TableReader(RecordSource source, HeaderReader.Result header, Limits limits) {
        this.source = source;
        this.header = header.header();
        this.pending = header.firstDataRow();
        this.rows = new RowBuilder(this.header, limits, source.allowsShortRecords(), source.locationKind());
    }

    /** Opens a file, detecting its format, encoding, delimiter and header. See {@link #open(Path, TableOptions)}. */
    public static TableReader open(Path file) {
        return open(file, TableOptions.DETECT);
    }

    /**
     * Opens a file as a table and reads its header.
     *
     * @param file a regular, readable file
     * @param options what is known of the file; null components are detected
     * @return the table, positioned before its first data row; close it
     * @throws UnreadableFileException when the file is empty, not a table in any format read, has no header
     *     or an ambiguous one, or lacks the sheet asked for
     * @throws UncheckedIOException when the file cannot be opened or read at all
     */
    public static TableReader open(Path file, TableOptions options) {
        return open(file, options, Limits.DEFAULT);
    }

    static TableReader open(Path file, TableOptions options, Limits limits) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        requireNonEmpty(file);
        TableFormat format = options.format() != null ? options.format() : TableFormat.detect(file);
        RecordSource source = openSource(file, format, options, limits);
        try {
            return new TableReader(source, HeaderReader.read(source, file, limits), limits);
        } catch (RuntimeException e) {
            source.close();
            throw e;
        }
    }

    private static void requireNonEmpty(Path file) {
        try {
            if (Files.size(file) == 0) {
                throw new UnreadableFileException(file, ErrorCode.E2002_TRUNCATED_FILE,
                        "it is empty (0 bytes): the upload or export may have failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open " + file.getFileName(), e);
        }
    }

    private static RecordSource openSource(Path file, TableFormat format, TableOptions options, Limits limits) {
        try {
            return switch (format) {
                case CSV -> CsvRecords.open(file, options, limits);
                case XLSX -> XlsxRecords.open(file, options, limits);
                case JSON -> JsonRecords.open(file, options, limits);
            };
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.getFileName(), e);
        }
    }

    /** The columns. */
    public TableHeader header() {
        return header;
    }

    /** How the file is read: format, encoding, delimiter or sheet. */
    public TableDetails details() {
        return source.details();
    }

    /**
     * @throws UnreadableFileException when the rest of the file turns out to be unreadable
     */
    @Override
    public boolean hasNext() {
        while (next == null && !ended && !closed) {
            RawRecord record = pending != null ? pending : source.next();
            pending = null;
            if (record == null) {
                ended = true;
            } else if (!record.isBlank()) {
                next = rows.build(++rowNumber, record);
                ended = record.defect() != null && record.defect().endsTable();
            }
        }
        return next != null;
    }

    /**
     * @throws NoSuchElementException after the last row
     * @throws UnreadableFileException when the rest of the file turns out to be unreadable
     */
    @Override
    public SourceRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException(closed ? "the table is closed" : "no more rows");
        }
        SourceRow row = next;
        next = null;
        return row;
    }

    /** The remaining rows as a sequential stream; closing the stream closes this reader. */
    public Stream<SourceRow> stream() {
        Spliterator<SourceRow> rows = Spliterators.spliteratorUnknownSize(this,
                Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(rows, false).onClose(this::close);
    }

    /** Releases the file. Idempotent. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            next = null;
            source.close();
        }
    }
}
