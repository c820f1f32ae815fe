package org.cthub.app.linkage;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cthub.linkage.encode.EncodedRecord;
import org.cthub.linkage.encode.FilterText;
import org.cthub.linkage.encode.RecordEncoder;

/**
 * Reads the encoded lists a data manager uploads, the output of {@code cthub link encode}: an id column, one
 * column per encoded field (a base64 Bloom filter of {@value RecordEncoder#FIELD_BITS} bits), then {@code clk}
 * ({@value RecordEncoder#CLK_BITS} bits). Every file must have the same fields. A file that does not fit is
 * refused as a whole, naming file, row and field, never quoting a value.
 */
final class EncodedUploads {

    static final int MAX_FILES = 10;
    static final int MAX_ROWS = 500_000;

    /** One uploaded file: its list name and its bytes' stream. */
    record Upload(String name, InputStream content) {
    }

    /** The records of all files, and the encoded fields they share. */
    record Lists(List<String> fields, List<String> names, List<EncodedRecord> records) {
    }

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setTrim(true).get();

    private EncodedUploads() {
    }

    static Lists read(List<Upload> uploads) throws IOException {
        if (uploads.size() < 2) {
            throw new LinkageInputException("linkage.error.tooFewLists");
        }
        if (uploads.size() > MAX_FILES) {
            throw new LinkageInputException("linkage.error.tooManyFiles", MAX_FILES);
        }
        List<String> fields = null;
        String firstFile = null;
        Set<String> names = new HashSet<>();
        List<EncodedRecord> records = new ArrayList<>();
        for (Upload upload : uploads) {
            if (!names.add(upload.name())) {
                throw new LinkageInputException("linkage.error.sameName", upload.name());
            }
            List<String> header = new ArrayList<>();
            records.addAll(readOne(upload, header));
            List<String> own = header.subList(1, header.size() - 1);
            if (fields == null) {
                fields = List.copyOf(own);
                firstFile = upload.name();
            } else if (!fields.equals(own)) {
                throw new LinkageInputException("linkage.error.differentFields", upload.name(), String.join(", ", own),
                        firstFile, String.join(", ", fields));
            }
        }
        return new Lists(fields, uploads.stream().map(Upload::name).toList(), records);
    }

    private static List<EncodedRecord> readOne(Upload upload, List<String> header) throws IOException {
        String file = upload.name();
        Reader reader = new InputStreamReader(upload.content(), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        List<EncodedRecord> out = new ArrayList<>();
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        try (CSVParser parser = FORMAT.parse(reader)) {
            int row = 0;
            for (CSVRecord line : parser) {
                row++;
                if (row == 1) {
                    line.forEach(header::add);
                    if (!header.isEmpty()) {
                        header.set(0, header.getFirst().replace("\uFEFF", ""));
                    }
                    if (header.size() < 3 || !"clk".equals(header.getLast())) {
                        throw new LinkageInputException("linkage.error.header", file);
                    }
                    continue;
                }
                if (row - 1 > MAX_ROWS) {
                    throw new LinkageInputException("linkage.error.tooManyRows", file, MAX_ROWS);
                }
                if (line.size() != header.size()) {
                    throw new LinkageInputException("linkage.error.columns", file, row, line.size(), header.size());
                }
                if (line.get(0).isEmpty()) {
                    throw new LinkageInputException("linkage.error.emptyId", file, row, header.getFirst());
                }
                // Two records under one id would make the pairs and clusters ambiguous, as on the command line.
                Integer first = seen.putIfAbsent(line.get(0), row);
                if (first != null) {
                    throw new LinkageInputException("linkage.error.repeatedId", file, row, header.getFirst(), first);
                }
                long[][] filters = new long[header.size() - 2][];
                for (int f = 0; f < filters.length; f++) {
                    filters[f] = filter(line.get(f + 1), RecordEncoder.FIELD_BITS, file, row, header.get(f + 1));
                }
                long[] clk = filter(line.get(header.size() - 1), RecordEncoder.CLK_BITS, file, row, "clk");
                out.add(new EncodedRecord(line.get(0), file, filters, clk));
            }
            if (row == 0) {
                throw new LinkageInputException("linkage.error.header", file);
            }
            if (out.isEmpty()) {
                throw new LinkageInputException("linkage.error.noRows", file);
            }
        } catch (CharacterCodingException e) {
            throw new LinkageInputException("linkage.error.notUtf8", file);
        } catch (java.io.UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new LinkageInputException("linkage.error.notUtf8", file);
            }
            throw new LinkageInputException("linkage.error.notCsv", file);
        } catch (IllegalStateException e) {
            // Commons CSV's way of saying a quote is not closed.
            throw new LinkageInputException("linkage.error.notCsv", file);
        }
        return out;
    }

    private static long[] filter(String text, int bits, String file, int row, String field) {
        long[] filter;
        try {
            filter = FilterText.parse(text);
        } catch (IllegalArgumentException e) {
            throw new LinkageInputException("linkage.error.filter", file, row, field, bits);
        }
        if (filter.length * Long.SIZE != bits) {
            throw new LinkageInputException("linkage.error.filter", file, row, field, bits);
        }
        return filter;
    }
}
