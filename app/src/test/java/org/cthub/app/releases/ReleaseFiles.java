package org.cthub.app.releases;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.json.JsonMapper;

/** Reads a written release back, independently of the code that wrote it. */
final class ReleaseFiles {

    private ReleaseFiles() {
    }

    static List<Map<String, String>> rows(Path csv) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().get().parse(reader)) {
                rows.add(record.toMap());
            }
            return rows;
        }
    }

    static List<String> header(Path csv) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().get().parse(reader).getHeaderNames();
        }
    }

    /** Sizes of the classes of the given columns, rows whose values are all {@code *} left out. */
    static Map<List<String>, Integer> classSizes(List<Map<String, String>> rows, List<String> columns) {
        Map<List<String>, Integer> sizes = new HashMap<>();
        for (Map<String, String> row : rows) {
            List<String> key = columns.stream().map(row::get).toList();
            if (key.stream().allMatch("*"::equals)) {
                continue;
            }
            sizes.merge(key, 1, Integer::sum);
        }
        return sizes;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(Path file) throws IOException {
        return JsonMapper.builder().build().readValue(Files.readString(file), Map.class);
    }
}
