package org.cthub.app.linkage;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.cthub.linkage.PersonRecord;
import org.cthub.linkage.encode.EncodedRecord;
import org.cthub.linkage.encode.FilterText;

/** Reading and writing the CSV files of {@code cthub link}. */
final class LinkFiles {

    private static final CSVFormat READ = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true).setTrim(true).get();

    private LinkFiles() {
    }

    static List<PersonRecord> readPlain(Path file, String idColumn, List<String> fields) throws IOException {
        List<PersonRecord> out = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = READ.parse(reader)) {
            requireColumns(file, parser, idColumn, fields);
            for (CSVRecord row : parser) {
                List<String> values = fields.stream().map(row::get).toList();
                out.add(new PersonRecord(row.get(idColumn), source(file), values));
            }
        }
        return out;
    }

    static List<EncodedRecord> readEncoded(Path file, String idColumn, List<String> fields) throws IOException {
        List<EncodedRecord> out = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = READ.parse(reader)) {
            requireColumns(file, parser, idColumn, fields);
            for (CSVRecord row : parser) {
                long[][] filters = fields.stream().map(f -> FilterText.parse(row.get(f))).toArray(long[][]::new);
                out.add(new EncodedRecord(row.get(idColumn), source(file), filters, FilterText.parse(row.get("clk"))));
            }
        }
        return out;
    }

    static void writeEncoded(Path out, String idColumn, List<String> fields, List<EncodedRecord> records)
            throws IOException {
        List<String> header = new ArrayList<>(List.of(idColumn));
        header.addAll(fields);
        header.add("clk");
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

    static String source(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
    }

    private static void requireColumns(Path file, CSVParser parser, String idColumn, List<String> fields) {
        List<String> missing = new ArrayList<>();
        for (String column : concat(idColumn, fields)) {
            if (!parser.getHeaderMap().containsKey(column)) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(file + ": no column " + String.join(", ", missing));
        }
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }
}
