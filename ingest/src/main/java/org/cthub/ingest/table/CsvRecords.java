package org.cthub.ingest.table;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cthub.standard.validation.ErrorCode;

/**
 * Reads a delimited text file with Commons CSV: RFC 4180 quoting, any line ending, spaces around a quoted
 * cell ignored, text after a closing quote kept. Blank lines come through as blank records (the reader above
 * skips them) so that line numbers stay exact. A file ending inside a quoted cell gives a defective last
 * record (E2002) naming where the quote opened.
 */
final class CsvRecords implements RecordSource {

    private static final int SAMPLE_CHARS = 64 * 1024;

    private final Path file;
    private final TableDetails details;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private boolean finished;

    private CsvRecords(Path file, TableDetails details, CSVParser parser) {
        this.file = file;
        this.details = details;
        this.parser = parser;
        this.records = parser.iterator();
    }

    static CsvRecords open(Path file, TableOptions options, Limits limits) throws IOException {
        TextEncoding encoding = options.encoding() != null
                ? TextEncoding.declared(options.encoding(), TextEncoding.readHead(file))
                : EncodingDetector.detect(file);
        char delimiter = options.delimiter() != null ? options.delimiter() : detectDelimiter(file, encoding);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true)
                .setTrailingData(true)
                .setLenientEof(false)
                .get();
        Reader reader = new RecordLengthGuard(encoding.open(file), delimiter, limits.maxRecordChars());
        CSVParser parser;
        try {
            parser = CSVParser.parse(reader, format);
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
        return new CsvRecords(file, TableDetails.ofText(TableFormat.CSV, encoding, delimiter), parser);
    }

    private static char detectDelimiter(Path file, TextEncoding encoding) throws IOException {
        char[] sample = new char[SAMPLE_CHARS];
        int length = 0;
        try (Reader reader = encoding.open(file)) {
            int read;
            while (length < sample.length && (read = reader.read(sample, length, sample.length - length)) != -1) {
                length += read;
            }
            boolean wholeFile = length < sample.length || reader.read() == -1;
            return DelimiterDetector.detect(CharBuffer.wrap(sample, 0, length), wholeFile);
        } catch (CharacterCodingException e) {
            throw notInEncoding(file, encoding.charset().name(), 1, e);
        }
    }

    @Override
    public RawRecord next() {
        if (finished) {
            return null;
        }
        long line = parser.getCurrentLineNumber() + 1;
        try {
            if (!records.hasNext()) {
                finished = true;
                return null;
            }
            return RawRecord.of(line, Arrays.asList(records.next().values()));
        } catch (UncheckedIOException e) {
            finished = true;
            return failure(line, e.getCause());
        }
    }

    private RawRecord failure(long line, IOException cause) {
        if (cause instanceof RecordLengthGuard.RecordTooLongException tooLong) {
            return RawRecord.defective(line, new RawRecord.Defect(ErrorCode.E1011_TOO_LONG,
                    "the row runs for more than " + tooLong.limit() + " characters, so reading stopped here."
                            + " A quote that opens a cell in this row and is never closed is the usual cause", true));
        }
        if (cause instanceof CSVException && String.valueOf(cause.getMessage()).contains("EOF")) {
            return RawRecord.defective(line, new RawRecord.Defect(ErrorCode.E2002_TRUNCATED_FILE,
                    "a quoted cell opens in this row and the file ends before the quote closes: the file is"
                            + " truncated, or a closing quote is missing", true));
        }
        if (cause instanceof CharacterCodingException coding) {
            throw notInEncoding(file, details.encoding().name(), line, coding);
        }
        throw new UnreadableFileException(file, ErrorCode.E2001_MALFORMED_ROW,
                "reading stopped at line " + line + " (" + cause.getClass().getSimpleName() + ")", cause);
    }

    private static UnreadableFileException notInEncoding(Path file, String encoding, long line,
                                                         CharacterCodingException cause) {
        return new UnreadableFileException(file, ErrorCode.E2003_UNREADABLE_ENCODING,
                "the bytes near line " + line + " are not valid " + encoding
                        + " text; save the file as UTF-8 or name its encoding in the mapping", cause);
    }

    @Override
    public TableDetails details() {
        return details;
    }

    @Override
    public SourceRow.Location.Kind locationKind() {
        return SourceRow.Location.Kind.FILE_LINE;
    }

    @Override
    public boolean allowsShortRecords() {
        return false;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close " + file.getFileName(), e);
        }
    }
}
