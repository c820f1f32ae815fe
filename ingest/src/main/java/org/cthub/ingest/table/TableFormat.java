package org.cthub.ingest.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.cthub.standard.validation.ErrorCode;

/** The kinds of file CT Hub reads as tables. HXL is not a format of its own: it is a CSV or XLSX with tags. */
public enum TableFormat {
    /** Delimited text: comma, semicolon, tab or bar, in UTF-8, UTF-16, Windows-1252 or ISO-8859-1. */
    CSV,
    /** An Office Open XML workbook (Excel 2007 and later, LibreOffice, Google Sheets' download). */
    XLSX,
    /** An array of flat (or flattenable) objects, or an object holding such an array under {@code "cases"}. */
    JSON;

    private static final int SNIFF_BYTES = 512;

    /**
     * The format of a file, from its first bytes and its name. A zip archive is an XLSX whatever its name (a
     * workbook renamed {@code .csv} is still a workbook). Otherwise the name decides for {@code .xlsx},
     * {@code .xlsm}, {@code .json}, {@code .csv}, {@code .tsv} and {@code .txt}; any other name is JSON when
     * its first visible character is {@code [} or <code>{</code>, CSV otherwise.
     *
     * @param file an existing, readable file
     * @return the format to read it with
     * @throws UnreadableFileException for an Excel 97–2003 workbook or another OLE2 document, which CT Hub
     *     does not read
     * @throws UncheckedIOException when the file cannot be opened
     */
    public static TableFormat detect(Path file) {
        byte[] head = readHead(file);
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04) || startsWith(head, 0x50, 0x4B, 0x05, 0x06)) {
            return XLSX;
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            throw new UnreadableFileException(file, ErrorCode.E2003_UNREADABLE_ENCODING,
                    "it is an Excel 97-2003 (.xls) workbook or another OLE2 document; save it as .xlsx or CSV");
        }
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            return XLSX;
        }
        if (name.endsWith(".json")) {
            return JSON;
        }
        if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
            return CSV;
        }
        int first = firstVisibleByte(head);
        return first == '[' || first == '{' ? JSON : CSV;
    }

    private static byte[] readHead(Path file) {
        try (InputStream input = Files.newInputStream(file)) {
            return input.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open " + file.getFileName(), e);
        }
    }

    /** Skips a byte order mark, NUL bytes (UTF-16) and white space. */
    private static int firstVisibleByte(byte[] head) {
        int start = startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        for (int i = start; i < head.length; i++) {
            int b = head[i] & 0xFF;
            boolean skip = b == 0 || b == 0xFE || b == 0xFF || b == ' ' || b == '\t' || b == '\r' || b == '\n';
            if (!skip) {
                return b;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
