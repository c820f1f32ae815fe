package org.cthub.ingest.table;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cthub.standard.validation.ErrorCode;

/**
 * Finds the encoding of a text file that does not say it. In order: a byte order mark (UTF-8, UTF-16 LE/BE);
 * UTF-16 without a mark, from NUL bytes falling on every other byte; valid UTF-8 (which includes plain ASCII);
 * then the single-byte encodings, where bytes 0x80–0x9F tell them apart: printable in Windows-1252 ("€",
 * curly quotes, "Š"), control characters in ISO-8859-1. Both agree on every other byte, so "Société Générale"
 * reads the same either way.
 *
 * <p>The whole file is scanned once, a buffer at a time, because one byte near the end can rule out UTF-8;
 * memory stays constant. Text never holds NUL or other control bytes (except tab, line breaks, form feed and
 * the DOS end-of-file mark), nor the five bytes Windows-1252 leaves undefined: a file that does is binary, or
 * in an encoding CT Hub cannot tell, and is refused with E2003 rather than read as garbage.
 */
final class EncodingDetector {

    /** UTF-16 of Latin text has a NUL in nearly every other byte; require it in at least this share of pairs. */
    private static final double UTF16_NUL_SHARE = 0.3;
    private static final int[] UNDEFINED_IN_WINDOWS_1252 = {0x81, 0x8D, 0x8F, 0x90, 0x9D};

    private EncodingDetector() {
    }

    /**
     * @throws UnreadableFileException (E2003) when the bytes are text in none of the supported encodings
     * @throws IOException when the file cannot be read
     */
    static TextEncoding detect(Path file) throws IOException {
        byte[] head = TextEncoding.readHead(file);
        int bom = TextEncoding.ByteOrderMark.length(head);
        if (bom > 0) {
            return new TextEncoding(TextEncoding.ByteOrderMark.charset(head), bom);
        }
        ByteCounts counts = new ByteCounts();
        boolean utf8 = scan(file, counts);
        if (counts.looksLikeUtf16(UTF16_NUL_SHARE)) {
            return new TextEncoding(counts.nulAtOdd > counts.nulAtEven
                    ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE, 0);
        }
        if (counts.hasControlBytes()) {
            throw new UnreadableFileException(file, ErrorCode.E2003_UNREADABLE_ENCODING,
                    "it is not a text file: it holds control bytes (such as NUL) that no CSV or JSON file has."
                            + " If it is a spreadsheet, save it as .xlsx or CSV");
        }
        if (utf8) {
            return new TextEncoding(StandardCharsets.UTF_8, 0);
        }
        if (counts.utf8Sequences > 0) {
            // Reading such a file as Windows-1252 would turn every "é" written in UTF-8 into "Ã©" in stored names.
            throw new UnreadableFileException(file, ErrorCode.E2003_UNREADABLE_ENCODING,
                    "it mixes encodings: " + counts.utf8Sequences + " characters are written in UTF-8, but other "
                            + "bytes are not UTF-8. Save it again as UTF-8, or name its encoding in a mapping spec "
                            + "(encoding:)");
        }
        for (int undefined : UNDEFINED_IN_WINDOWS_1252) {
            if (counts.histogram[undefined] > 0) {
                throw new UnreadableFileException(file, ErrorCode.E2003_UNREADABLE_ENCODING,
                        "its bytes are not text in UTF-8, UTF-16, Windows-1252 or ISO-8859-1 (byte 0x"
                                + Integer.toHexString(undefined).toUpperCase() + " occurs); save it as UTF-8");
            }
        }
        return new TextEncoding(counts.countBetween(0x80, 0x9F) > 0
                ? TextEncoding.WINDOWS_1252 : StandardCharsets.ISO_8859_1, 0);
    }

    /** Counts every byte and reports whether the whole file is valid UTF-8. */
    private static boolean scan(Path file, ByteCounts counts) throws IOException {
        try (InputStream counted = new CountingInputStream(new BufferedInputStream(Files.newInputStream(file)),
                counts)) {
            boolean valid = isUtf8(counted);
            counted.transferTo(OutputStream.nullOutputStream());
            return valid;
        }
    }

    private static boolean isUtf8(InputStream input) throws IOException {
        Reader reader = new InputStreamReader(input, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        char[] discard = new char[8192];
        try {
            while (reader.read(discard) != -1) {
                // decoding is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** A histogram of byte values and where NUL bytes fall, filled as the bytes stream past. */
    private static final class ByteCounts {
        final long[] histogram = new long[256];
        long total;
        /** Well-formed UTF-8 sequences of two to four bytes seen. */
        long utf8Sequences;
        private int continuationsExpected;
        long nulAtEven;
        long nulAtOdd;

        void add(byte[] bytes, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                int value = bytes[i] & 0xFF;
                histogram[value]++;
                countUtf8(value);
                if (value == 0) {
                    if (((total + i - offset) & 1) == 0) {
                        nulAtEven++;
                    } else {
                        nulAtOdd++;
                    }
                }
            }
            total += length;
        }

        private void countUtf8(int value) {
            if (continuationsExpected > 0) {
                if ((value & 0xC0) == 0x80) {
                    if (--continuationsExpected == 0) {
                        utf8Sequences++;
                    }
                    return;
                }
                continuationsExpected = 0;
            }
            if (value >= 0xC2 && value <= 0xDF) {
                continuationsExpected = 1;
            } else if (value >= 0xE0 && value <= 0xEF) {
                continuationsExpected = 2;
            } else if (value >= 0xF0 && value <= 0xF4) {
                continuationsExpected = 3;
            }
        }

        boolean looksLikeUtf16(double share) {
            long pairs = total / 2;
            long more = Math.max(nulAtEven, nulAtOdd);
            long fewer = Math.min(nulAtEven, nulAtOdd);
            return total % 2 == 0 && pairs > 0 && more >= share * pairs && fewer * 20 <= more;
        }

        boolean hasControlBytes() {
            for (int value = 0; value < 0x20; value++) {
                boolean allowed = value == '\t' || value == '\n' || value == 0x0B || value == '\f'
                        || value == '\r' || value == 0x1A;
                if (!allowed && histogram[value] > 0) {
                    return true;
                }
            }
            return false;
        }

        long countBetween(int from, int to) {
            long count = 0;
            for (int value = from; value <= to; value++) {
                count += histogram[value];
            }
            return count;
        }
    }

    private static final class CountingInputStream extends FilterInputStream {
        private final ByteCounts counts;

        CountingInputStream(InputStream input, ByteCounts counts) {
            super(input);
            this.counts = counts;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            int read = super.read(bytes, offset, length);
            if (read > 0) {
                counts.add(bytes, offset, read);
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            return Math.max(0, read(new byte[(int) Math.max(0, Math.min(n, 8192))]));
        }
    }
}
