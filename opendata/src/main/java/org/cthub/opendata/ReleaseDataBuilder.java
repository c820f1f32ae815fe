package org.cthub.opendata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Encodes rows of cells into columns. Dictionaries grow in order of appearance and are sorted once at the end
 * (numbers by value, so {@code 9--17} comes before {@code 18--20}), codes remapped in one pass.
 */
final class ReleaseDataBuilder {

    private static final int MAX_VALUES = 255;
    private static final Comparator<String> DISPLAY_ORDER = Comparator
            .comparingLong(ReleaseDataBuilder::leadingNumber).thenComparing(Comparator.naturalOrder());
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d{1,9}).*");

    private final ReleaseSchema schema;
    private final String source;
    private final List<Encoder> encoders = new ArrayList<>();
    private int rows;

    ReleaseDataBuilder(ReleaseSchema schema, List<String> header, String source) {
        this.schema = schema;
        this.source = source;
        for (ReleaseSchema.Spec spec : schema.variables()) {
            encoders.add(switch (spec) {
                case ReleaseSchema.CategoryColumn c -> new CategoryEncoder(c.name(), c.column(), c.year(),
                        index(header, c.column()), UnaryOperator.identity());
                case ReleaseSchema.RegionOf r -> new CategoryEncoder(r.name(), r.column(), false,
                        index(header, r.column()), UnRegions::regionOf);
                case ReleaseSchema.FlagColumns f -> new FlagEncoder(f.name(), f.columns(),
                        f.columns().stream().mapToInt(column -> index(header, column)).toArray());
                case ReleaseSchema.JoinedValues j -> new JoinedEncoder(j, index(header, j.column()));
            });
        }
    }

    void add(String[] cells) {
        for (Encoder encoder : encoders) {
            encoder.add(cells, rows);
        }
        rows++;
    }

    ReleaseData build(long keySecret) {
        Map<String, Object> columns = new LinkedHashMap<>();
        for (Encoder encoder : encoders) {
            columns.put(encoder.name(), encoder.build(rows));
        }
        return new ReleaseData(schema.layout(), rows, columns, keySecret);
    }

    private int index(List<String> header, String column) {
        int index = header.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException(source + ": the header has no column " + column);
        }
        return index;
    }

    private String cell(String[] cells, int index, String column) {
        if (index >= cells.length) {
            throw new IllegalArgumentException(source + ", row " + (rows + 1) + ": the row has no cell for column "
                    + column);
        }
        String value = cells[index] == null ? "" : cells[index].strip();
        return schema.missing().contains(value) ? null : value;
    }

    static long leadingNumber(String value) {
        var matcher = LEADING_NUMBER.matcher(value);
        return matcher.matches() ? Long.parseLong(matcher.group(1)) : Long.MAX_VALUE;
    }

    private interface Encoder {
        String name();

        void add(String[] cells, int row);

        Object build(int rows);
    }

    /** A category column, read as it is or derived cell by cell (a region from a country). */
    private final class CategoryEncoder implements Encoder {
        private final String name;
        private final String column;
        private final boolean year;
        private final int index;
        private final UnaryOperator<String> derive;
        private final Map<String, Integer> dictionary = new HashMap<>();
        private final List<String> labels = new ArrayList<>(List.of(""));
        private byte[] codes = new byte[1024];

        CategoryEncoder(String name, String column, boolean year, int index, UnaryOperator<String> derive) {
            this.name = name;
            this.column = column;
            this.year = year;
            this.index = index;
            this.derive = derive;
        }

        public String name() {
            return name;
        }

        public void add(String[] cells, int row) {
            String read = cell(cells, index, column);
            String value = read == null ? null : derive.apply(read);
            int code = 0;
            if (value != null) {
                Integer known = dictionary.get(value);
                if (known == null) {
                    if (labels.size() > MAX_VALUES) {
                        throw new IllegalArgumentException(source + ", row " + (row + 1) + ", column " + column
                                + ": more than " + MAX_VALUES + " distinct values; a public release should not need so many");
                    }
                    known = labels.size();
                    dictionary.put(value, known);
                    labels.add(value);
                }
                code = known;
            }
            if (row == codes.length) {
                codes = Arrays.copyOf(codes, codes.length * 2);
            }
            codes[row] = (byte) code;
        }

        public Object build(int rows) {
            List<String> sorted = new ArrayList<>(labels.subList(1, labels.size()));
            sorted.sort(DISPLAY_ORDER);
            int[] remap = new int[labels.size()];
            String[] ordered = new String[labels.size()];
            for (int i = 0; i < sorted.size(); i++) {
                remap[dictionary.get(sorted.get(i))] = i + 1;
                ordered[i + 1] = sorted.get(i);
            }
            byte[] out = new byte[rows];
            for (int i = 0; i < rows; i++) {
                out[i] = (byte) remap[codes[i] & 0xFF];
            }
            return new CategoryData(name, year, ordered, out, rows);
        }
    }

    private class FlagEncoder implements Encoder {
        private final String name;
        final List<String> labels;
        private final int[] indexes;
        final List<long[]> bits = new ArrayList<>();

        FlagEncoder(String name, List<String> labels, int[] indexes) {
            this.name = name;
            this.labels = new ArrayList<>(labels);
            this.indexes = indexes;
            for (int i = 0; i < labels.size(); i++) {
                bits.add(new long[16]);
            }
        }

        public String name() {
            return name;
        }

        public void add(String[] cells, int row) {
            for (int f = 0; f < indexes.length; f++) {
                String value = cell(cells, indexes[f], labels.get(f));
                if (value == null || value.equals("0")) {
                    continue;
                }
                if (!value.equals("1")) {
                    throw new IllegalArgumentException(source + ", row " + (row + 1) + ", column " + labels.get(f)
                            + ": a flag is 1 or empty, not " + value);
                }
                set(f, row);
            }
        }

        void set(int flag, int row) {
            long[] words = bits.get(flag);
            if ((row >>> 6) >= words.length) {
                words = Arrays.copyOf(words, Math.max(words.length * 2, (row >>> 6) + 1));
                bits.set(flag, words);
            }
            words[row >>> 6] |= 1L << row;
        }

        public Object build(int rows) {
            long[][] out = new long[labels.size()][];
            for (int f = 0; f < out.length; f++) {
                out[f] = Arrays.copyOf(bits.get(f), Bitmaps.words(rows));
            }
            return new FlagData(name, labels.toArray(String[]::new), out, rows);
        }
    }

    private final class JoinedEncoder extends FlagEncoder {
        private final ReleaseSchema.JoinedValues spec;
        private final int index;

        JoinedEncoder(ReleaseSchema.JoinedValues spec, int index) {
            super(spec.name(), List.of(), new int[0]);
            this.spec = spec;
            this.index = index;
        }

        @Override
        public void add(String[] cells, int row) {
            String value = cell(cells, index, spec.column());
            if (value == null) {
                return;
            }
            for (String part : value.split(Pattern.quote(spec.separator()))) {
                String flag = part.strip();
                if (flag.isEmpty() || schema.missing().contains(flag)) {
                    continue;
                }
                int f = labels.indexOf(flag);
                if (f < 0) {
                    if (labels.size() >= MAX_VALUES) {
                        throw new IllegalArgumentException(source + ", row " + (row + 1) + ", column " + spec.column()
                                + ": more than " + MAX_VALUES + " distinct values");
                    }
                    labels.add(flag);
                    bits.add(new long[16]);
                    f = labels.size() - 1;
                }
                set(f, row);
            }
        }

        @Override
        public Object build(int rows) {
            Integer[] order = new Integer[labels.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparing(labels::get, DISPLAY_ORDER));
            long[][] out = new long[order.length][];
            String[] sorted = new String[order.length];
            for (int i = 0; i < order.length; i++) {
                out[i] = Arrays.copyOf(bits.get(order[i]), Bitmaps.words(rows));
                sorted[i] = labels.get(order[i]);
            }
            return new FlagData(spec.name(), sorted, out, rows);
        }
    }
}
