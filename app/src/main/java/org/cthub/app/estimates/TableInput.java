package org.cthub.app.estimates;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The capture table as text, from an uploaded file or a form field. Files are decoded strictly as UTF-8, so that
 * a spreadsheet saved in another encoding or an .xlsx file is named as such instead of being read as mojibake.
 * A table is counts only; its size is bounded because the estimation runs while the analyst waits.
 */
sealed interface TableInput {

    /** The most bytes a table may have: 15 lists give at most 32,767 rows of about 35 characters. */
    int MAX_BYTES = 1_200_000;

    /** The table's text. */
    record Text(String text) implements TableInput {
    }

    /** The file is not UTF-8: {@code line} is where the first byte that is not appears (1 is the header). */
    record NotUtf8(long line) implements TableInput {
    }

    /** Larger than {@link #MAX_BYTES}. */
    record TooLarge() implements TableInput {
    }

    /** Neither a file nor a typed table was given. */
    record Missing() implements TableInput {
    }

    static TableInput of(byte[] file, String typed) {
        if (file != null && file.length > 0) {
            return file.length > MAX_BYTES ? new TooLarge() : decode(file);
        }
        if (typed == null || typed.isBlank()) {
            return new Missing();
        }
        return typed.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES ? new TooLarge() : new Text(typed);
    }

    private static TableInput decode(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                // UTF-16 text and binary files are valid "UTF-8" full of NULs; neither is a CSV we can read.
                return new NotUtf8(lineAt(bytes, i));
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return new NotUtf8(lineAt(bytes, in.position()));
        }
        decoder.flush(out);
        return new Text(out.flip().toString());
    }

    private static long lineAt(byte[] bytes, int position) {
        long line = 1;
        for (int i = 0; i < position && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
