package org.cthub.ingest.table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;

/** Writes test files; every person in them is made up. */
final class Fixtures {

    private Fixtures() {
    }

    static Path write(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path dir, String name, String text, Charset charset) {
        return write(dir, name, text.getBytes(charset));
    }

    /** The bytes of a byte order mark followed by the text in the given encoding. */
    static byte[] withBom(byte[] bom, String text, Charset charset) {
        byte[] body = text.getBytes(charset);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    static Path save(Path dir, String name, Workbook workbook) {
        Path file = dir.resolve(name);
        try (workbook; OutputStream output = Files.newOutputStream(file)) {
            workbook.write(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Every row of a table, closing it. */
    static List<SourceRow> readAll(Path file) {
        return readAll(file, TableOptions.DETECT);
    }

    static List<SourceRow> readAll(Path file, TableOptions options) {
        try (TableReader table = TableReader.open(file, options)) {
            List<SourceRow> rows = new ArrayList<>();
            table.forEachRemaining(rows::add);
            return rows;
        }
    }
}
