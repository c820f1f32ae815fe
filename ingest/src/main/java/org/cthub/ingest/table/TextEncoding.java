package org.cthub.ingest.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file's text encoding and the length of its byte order mark.
 *
 * @param charset the encoding of the text after the mark
 * @param bomLength the number of bytes of byte order mark to skip: 0, 2 (UTF-16) or 3 (UTF-8)
 */
record TextEncoding(Charset charset, int bomLength) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    TextEncoding {
        Objects.requireNonNull(charset, "charset");
    }

    boolean byteOrderMark() {
        return bomLength > 0;
    }

    /**
     * The encoding a caller names, skipping a byte order mark that agrees with it: a UTF-8 file from Excel
     * starts with one even when the caller says "UTF-8".
     */
    static TextEncoding declared(Charset charset, byte[] head) {
        int bom = ByteOrderMark.length(head);
        boolean agrees = bom > 0 && ByteOrderMark.charset(head).equals(charset);
        return new TextEncoding(charset, agrees ? bom : 0);
    }

    /** The first bytes of a file, enough for any byte order mark. */
    static byte[] readHead(Path file) throws IOException {
        try (InputStream input = Files.newInputStream(file)) {
            return input.readNBytes(4);
        }
    }

    /**
     * A reader of the file's text after the byte order mark that fails, rather than substitutes, on bytes
     * that are not valid in the encoding: a file is never read with silently replaced characters.
     */
    Reader open(Path file) throws IOException {
        InputStream input = Files.newInputStream(file);
        try {
            input.skipNBytes(bomLength);
        } catch (IOException e) {
            input.close();
            throw e;
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(input, decoder);
    }

    /** Byte order marks of the Unicode encodings CT Hub reads. */
    static final class ByteOrderMark {

        private ByteOrderMark() {
        }

        static int length(byte[] head) {
            if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                return 3;
            }
            return isUtf16Le(head) || isUtf16Be(head) ? 2 : 0;
        }

        /** The encoding the mark announces; meaningful only when {@link #length} is not 0. */
        static Charset charset(byte[] head) {
            if (isUtf16Le(head)) {
                return StandardCharsets.UTF_16LE;
            }
            return isUtf16Be(head) ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_8;
        }

        private static boolean isUtf16Le(byte[] head) {
            return head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE;
        }

        private static boolean isUtf16Be(byte[] head) {
            return head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF;
        }
    }
}
