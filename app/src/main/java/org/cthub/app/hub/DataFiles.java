package org.cthub.app.hub;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reading a release's published {@code data.csv}, row by row, for its other download formats. */
final class DataFiles {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private DataFiles() {
    }

    static List<String> header(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = FORMAT.parse(reader)) {
            return List.copyOf(parser.getHeaderNames());
        } catch (IOException e) {
            throw new UncheckedIOException("Unable to read the header of " + file.getFileName(), e);
        }
    }

    /** Calls {@code header} once, then {@code row} for each record, with the cells in the header's order. */
    static void read(Path file, Consumer<List<String>> header, Consumer<List<String>> row) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = FORMAT.parse(reader)) {
            header.accept(List.copyOf(parser.getHeaderNames()));
            for (CSVRecord record : parser) {
                row.accept(record.toList());
            }
        }
    }
}
