package org.cthub.opendata;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A release's data held in memory in columnar form, immutable once built: category columns as byte codes
 * (dictionary-encoded), multi-valued variables as one bitmap per value, and a secret pseudo-random key per
 * record from which {@link SmallCellProtection} derives each cell's perturbation (the cell key method).
 * About 13 bytes a record for the CTDC 2024 layout.
 */
public final class ReleaseData {

    private final String layout;
    private final int rows;
    private final Map<String, Object> columns;
    private final int[] recordKeys;

    ReleaseData(String layout, int rows, Map<String, Object> columns, long keySecret) {
        this.layout = layout;
        this.rows = rows;
        this.columns = Collections.unmodifiableMap(columns);
        this.recordKeys = RecordKeys.of(rows, keySecret);
    }

    /**
     * Reads a release's data file (RFC 4180 CSV, UTF-8, with a header) in the layout its header names.
     *
     * @param keySecret the secret the record keys are derived from: the same release and secret always give the
     *                  same answers, so repeating a query teaches nothing new
     * @throws IllegalArgumentException naming the file, row and column of the first cell that cannot be read
     */
    public static ReleaseData read(Path file, long keySecret) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             var parser = format.parse(reader)) {
            List<String> header = parser.getHeaderNames();
            ReleaseSchema schema = ReleaseSchema.forHeader(header);
            ReleaseDataBuilder builder = new ReleaseDataBuilder(schema, header, file.getFileName().toString());
            for (CSVRecord record : parser) {
                builder.add(record.values());
            }
            return builder.build(keySecret);
        }
    }

    /** Builds from rows of cells in the order of {@code header}, for tests and generated data. */
    public static ReleaseData of(ReleaseSchema schema, List<String> header, Iterable<String[]> rows, long keySecret) {
        ReleaseDataBuilder builder = new ReleaseDataBuilder(schema, header, "rows");
        for (String[] row : rows) {
            builder.add(row);
        }
        return builder.build(keySecret);
    }

    /**
     * A release of {@code size} records drawn with replacement from this one, with new record keys: the
     * benchmark's way to reach 10 million realistic records without generating 10 million cases.
     */
    public ReleaseData resample(int size, long seed, long keySecret) {
        if (size < 0) {
            throw new IllegalArgumentException("The size must not be negative");
        }
        int[] picks = new SplittableRandom(seed).ints(size, 0, Math.max(1, rows)).toArray();
        Map<String, Object> copies = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : columns.entrySet()) {
            if (entry.getValue() instanceof CategoryData category) {
                byte[] codes = new byte[size];
                for (int i = 0; i < size; i++) {
                    codes[i] = category.codes[picks[i]];
                }
                copies.put(entry.getKey(), new CategoryData(category.name, category.year, category.labels, codes, size));
            } else {
                FlagData flags = (FlagData) entry.getValue();
                long[][] bits = new long[flags.labels.length][Bitmaps.words(size)];
                for (int f = 0; f < bits.length; f++) {
                    for (int i = 0; i < size; i++) {
                        if (flags.has(f, picks[i])) {
                            bits[f][i >>> 6] |= 1L << i;
                        }
                    }
                }
                copies.put(entry.getKey(), new FlagData(flags.name, flags.labels, bits, size));
            }
        }
        return new ReleaseData(layout, size, copies, keySecret);
    }

    /** The layout of the data file, as {@link ReleaseSchema#layout()}. */
    public String layout() {
        return layout;
    }

    public int rows() {
        return rows;
    }

    /** The variables in the order of the schema, each with the values that occur. */
    public List<Variable> variables() {
        List<Variable> variables = new ArrayList<>();
        for (Object column : columns.values()) {
            switch (column) {
                case CategoryData category -> variables.add(new Variable(category.name,
                        category.year ? VariableKind.YEAR : VariableKind.CATEGORY, category.values()));
                case FlagData flags -> variables.add(new Variable(flags.name, VariableKind.FLAGS, flags.values()));
                default -> throw new IllegalStateException();
            }
        }
        return variables;
    }

    /** A category or year variable's column. @throws QueryException when there is none of that name */
    public CategoryData category(String name) {
        if (columns.get(name) instanceof CategoryData category) {
            return category;
        }
        throw new QueryException(QueryException.Code.UNKNOWN_VARIABLE, name, "not a category variable of this release");
    }

    /** A multi-valued variable's bitmaps. @throws QueryException when there is none of that name */
    public FlagData flags(String name) {
        if (columns.get(name) instanceof FlagData flags) {
            return flags;
        }
        throw new QueryException(QueryException.Code.UNKNOWN_VARIABLE, name, "not a multi-valued variable of this release");
    }

    /**
     * The true counts of a query's non-empty cells, keyed by their values: for checks and for the benchmark's
     * comparison with another engine, never for publication (the public reaches data only through
     * {@link OpenRelease}).
     */
    public Map<List<String>, Long> unprotectedCounts(Query query) {
        Tabulation table = Tabulator.tabulate(this, query);
        List<List<String>> labels = new ArrayList<>();
        for (String variable : query.groupBy()) {
            List<String> slots = new ArrayList<>(List.of(Query.NOT_RECORDED));
            slots.addAll(column(variable) instanceof CategoryData c ? c.values() : ((FlagData) column(variable)).values());
            labels.add(slots);
        }
        Map<List<String>, Long> counts = new LinkedHashMap<>();
        if (labels.isEmpty()) {
            counts.put(List.of(), table.total());
        }
        for (int cell = 0; cell < table.counts().length && !labels.isEmpty(); cell++) {
            if (table.counts()[cell] > 0) {
                counts.put(labels.size() == 1 ? List.of(labels.get(0).get(cell))
                        : List.of(labels.get(0).get(cell / table.slots()[1]), labels.get(1).get(cell % table.slots()[1])),
                        table.counts()[cell]);
            }
        }
        return counts;
    }

    Object column(String name) {
        Object column = columns.get(name);
        if (column == null) {
            throw new QueryException(QueryException.Code.UNKNOWN_VARIABLE, name, "no such variable in this release");
        }
        return column;
    }

    int recordKey(int row) {
        return recordKeys[row];
    }

    int[] recordKeys() {
        return recordKeys;
    }

    /** The cell key of every record together: the unfiltered total's, asked by every page load, so kept. */
    int everyRecordKey() {
        Integer key = everyRecordKey;
        if (key == null) {
            int sum = 0;
            for (int k : recordKeys) {
                sum += k;
            }
            key = sum;
            everyRecordKey = key;
        }
        return key;
    }

    private volatile Integer everyRecordKey;
}
