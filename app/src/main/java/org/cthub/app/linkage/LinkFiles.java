package org.cthub.app.linkage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.cthub.linkage.PersonRecord;
import org.cthub.linkage.encode.EncodedRecord;
import org.cthub.linkage.encode.FilterText;
import org.cthub.linkage.normalise.FieldKind;

/**
 * Reading and writing the CSV files of {@code cthub link}. Rows are numbered as a spreadsheet shows them, the
 * header being row 1. Messages name file, row and column, never a value: ids and names are the organisations'.
 */
final class LinkFiles {

    /** Id column names looked for when none is given, in this order, ignoring case. */
    static final List<String> ID_COLUMNS = List.of("id", "rec_id", "record_id");

    /** The column of an encoded file that holds the record-level filter. */
    static final String CLK = "clk";

    private static final CSVFormat READ = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true).setTrim(true).get();

    private LinkFiles() {
    }

    /** @return the file's column names, in order (none for an empty file) */
    static List<String> header(Path file) throws IOException {
        try (BufferedReader reader = open(file); CSVParser parser = READ.parse(reader)) {
            return List.copyOf(parser.getHeaderNames());
        }
    }

    /**
     * The id column when none is given: {@code id}, {@code rec_id} or {@code record_id}, ignoring case.
     *
     * @throws IllegalArgumentException naming the file and the columns it has, when it has none of those
     */
    static String defaultId(Path file, List<String> header) {
        for (String wanted : ID_COLUMNS) {
            for (String column : header) {
                if (column.equalsIgnoreCase(wanted)) {
                    return column;
                }
            }
        }
        throw new IllegalArgumentException(file + ": no id column (looked for " + String.join(", ", ID_COLUMNS)
                + ", ignoring case; columns found: " + found(header) + "); name one with --id");
    }

    /**
     * The compared fields when none are given. Plain files: every column but the id whose kind the linkage
     * recognises from its name (name, date, place; {@link FieldKind#guess}), because a column guessed to be a
     * code may as well be a case number or a counsellor's note. Encoded files: every column but the id and
     * {@value #CLK}, since those are exactly the fields the organisation chose to encode.
     *
     * @throws IllegalArgumentException naming the file and its columns, when no column qualifies
     */
    static List<String> defaultFields(Path file, List<String> header, String idColumn, boolean encoded) {
        List<String> fields = header.stream().filter(c -> !c.equals(idColumn))
                .filter(c -> encoded ? !c.equals(CLK) : FieldKind.guess(c) != FieldKind.CODE).toList();
        if (fields.isEmpty()) {
            throw new IllegalArgumentException(file + ": no column to compare (" + (encoded
                    ? "an encoded file has the id, its fields and " + CLK
                    : "looked for names (*name*), dates (*date*, *birth*, dob) and places (address, city, ...)")
                    + "; columns found: " + found(header) + "); name them with --fields");
        }
        return fields;
    }

    static List<PersonRecord> readPlain(Path file, String idColumn, List<String> fields) throws IOException {
        List<PersonRecord> out = new ArrayList<>();
        try (BufferedReader reader = open(file); CSVParser parser = READ.parse(reader)) {
            requireColumns(file, parser, concat(idColumn, fields));
            UniqueIds ids = new UniqueIds(file, idColumn);
            for (CSVRecord row : parser) {
                List<String> values = fields.stream().map(row::get).toList();
                out.add(new PersonRecord(ids.check(row), source(file), values));
            }
        }
        return out;
    }

    static List<EncodedRecord> readEncoded(Path file, String idColumn, List<String> fields) throws IOException {
        List<EncodedRecord> out = new ArrayList<>();
        try (BufferedReader reader = open(file); CSVParser parser = READ.parse(reader)) {
            List<String> required = concat(idColumn, fields);
            required.add(CLK);
            requireColumns(file, parser, required);
            UniqueIds ids = new UniqueIds(file, idColumn);
            for (CSVRecord row : parser) {
                String id = ids.check(row);
                long[][] filters = fields.stream().map(f -> filter(file, row, f)).toArray(long[][]::new);
                out.add(new EncodedRecord(id, source(file), filters, filter(file, row, CLK)));
            }
        }
        return out;
    }

    static void writeEncoded(Path out, String idColumn, List<String> fields, List<EncodedRecord> records)
            throws IOException {
        List<String> header = concat(idColumn, fields);
        header.add(CLK);
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get()
                        .print(writer)) {
            for (EncodedRecord record : records) {
                List<String> row = new ArrayList<>(List.of(record.id()));
                for (long[] filter : record.fields()) {
                    row.add(FilterText.format(filter));
                }
                row.add(FilterText.format(record.clk()));
                printer.printRecord(row);
            }
        }
    }

    static void writeRows(Path out, List<String> header, List<List<String>> rows) throws IOException {
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get()
                        .print(writer)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
    }

    /** @return the list a file holds: its name without the directory and a final {@code .csv} */
    static String source(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
    }

    /**
     * Refuses files whose list names collide (ignoring case, as on the file systems of many organisations):
     * their records would merge into one list in the capture histories and their ids would become ambiguous.
     */
    static void requireDistinctLists(List<Path> files) {
        Map<String, Path> seen = new HashMap<>();
        for (Path file : files) {
            Path earlier = seen.putIfAbsent(source(file).toLowerCase(Locale.ROOT), file);
            if (earlier != null) {
                throw new IllegalArgumentException(earlier + " and " + file + " both name the list '"
                        + source(file) + "' (a list is named by its file name without .csv); rename one of them");
            }
        }
    }

    /** A spreadsheet's row number: the header is row 1, and Commons CSV numbers the records after it from 1. */
    private static long rowNumber(CSVRecord row) {
        return row.getRecordNumber() + 1;
    }

    private static long[] filter(Path file, CSVRecord row, String column) {
        try {
            return FilterText.parse(row.get(column));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ", row " + rowNumber(row) + ", column " + column
                    + ": not an encoding from 'cthub link encode'");
        }
    }

    /** Ids must be present and unique within a file: outputs name records by list and id. */
    private static final class UniqueIds {
        private final Path file;
        private final String column;
        private final Map<String, Long> rows = new HashMap<>();

        UniqueIds(Path file, String column) {
            this.file = file;
            this.column = column;
        }

        String check(CSVRecord row) {
            String id = row.get(column);
            if (id.isEmpty()) {
                throw new IllegalArgumentException(file + ", row " + rowNumber(row) + ", column " + column
                        + ": the id is empty");
            }
            Long first = rows.putIfAbsent(id, rowNumber(row));
            if (first != null) {
                throw new IllegalArgumentException(file + ", row " + rowNumber(row) + ", column " + column
                        + ": the same id as row " + first + "; ids must be unique within a file");
            }
            return id;
        }
    }

    /** Opens a file as UTF-8 without the byte-order mark spreadsheet programs write, which would hide the id. */
    private static BufferedReader open(Path file) throws IOException {
        BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    private static String found(List<String> header) {
        return header.isEmpty() ? "none" : String.join(", ", header);
    }

    private static void requireColumns(Path file, CSVParser parser, List<String> columns) {
        List<String> missing = columns.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(file + ": no column " + String.join(", ", missing)
                    + " (columns found: " + found(parser.getHeaderNames()) + ")");
        }
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }
}
