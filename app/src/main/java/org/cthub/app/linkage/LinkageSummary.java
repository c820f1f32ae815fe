package org.cthub.app.linkage;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cthub.linkage.CaptureHistories;
import org.cthub.linkage.LinkageResult;

/**
 * What a linkage found, in counts only: records per list, persons, persons on each pair of lists, and the
 * capture histories ({@link CaptureHistories}) with their CSV for the estimate page. Holds no id, name or other
 * identifier, so it may outlive the job.
 *
 * @param lists     each list and its number of records, in the order of the histories' columns
 * @param persons   the number of persons (clusters)
 * @param overlaps  for each pair of lists, the persons found on both
 * @param histories the header (list names, then {@code count}) and one row per observed capture history
 * @param distinct  the number of distinct identities among the records (records equal on every field count once)
 * @param atCap     the number of persons whose cluster reached the largest size allowed
 */
record LinkageSummary(List<ListCount> lists, long persons, List<Overlap> overlaps, List<List<String>> histories,
        long distinct, long atCap) {

    /**
     * Persons below this share of the distinct identities are not believable: typos merge some distinct records,
     * but not half of them. The linkage that counted 120 persons in 2,616 records with 2,591 distinct names and
     * birth dates had matched on "same given name and gender".
     */
    static final double LEAST_PERSONS_PER_IDENTITY = 0.5;

    record ListCount(String name, long records) {
    }

    record Overlap(String first, String second, long persons) {
    }

    /** A bar of the chart, its geometry in SVG user units. */
    record Bar(String label, long value, int y, double width) {

        public int labelX() {
            return CHART_LABEL_WIDTH - 8;
        }

        public int barX() {
            return CHART_LABEL_WIDTH;
        }

        public double valueX() {
            return CHART_LABEL_WIDTH + width + 6;
        }

        public int textY() {
            return y + 17;
        }

        public int barY() {
            return y + 3;
        }

        public int barHeight() {
            return CHART_ROW - 8;
        }
    }

    static final int CHART_LABEL_WIDTH = 260;
    static final int CHART_BAR_WIDTH = 340;
    static final int CHART_ROW = 26;

    /**
     * @param result         the linkage
     * @param distinct       the number of distinct identities among its records
     * @param maxClusterSize the largest cluster the linkage allowed
     */
    static LinkageSummary of(LinkageResult result, long distinct, int maxClusterSize) {
        List<List<String>> table = CaptureHistories.table(result);
        List<String> names = table.getFirst().subList(0, table.getFirst().size() - 1);
        Map<String, Long> records = new LinkedHashMap<>();
        names.forEach(name -> records.put(name, 0L));
        result.sources().forEach(source -> records.merge(source, 1L, Long::sum));
        List<Overlap> overlaps = new ArrayList<>();
        for (int a = 0; a < names.size(); a++) {
            for (int b = a + 1; b < names.size(); b++) {
                long both = 0;
                for (List<String> row : table.subList(1, table.size())) {
                    if ("1".equals(row.get(a)) && "1".equals(row.get(b))) {
                        both += Long.parseLong(row.getLast());
                    }
                }
                overlaps.add(new Overlap(names.get(a), names.get(b), both));
            }
        }
        Map<Integer, Integer> sizes = new java.util.HashMap<>();
        for (int cluster : result.clusters()) {
            sizes.merge(cluster, 1, Integer::sum);
        }
        long atCap = sizes.values().stream().filter(size -> size >= maxClusterSize).count();
        return new LinkageSummary(records.entrySet().stream().map(e -> new ListCount(e.getKey(), e.getValue()))
                .toList(), result.clusterCount(), List.copyOf(overlaps), table, distinct, atCap);
    }

    /**
     * Whether the figures are too implausible to estimate from: persons far fewer than the distinct identities
     * allow, or persons whose clusters stopped only at the size limit (chained lookalikes). Such a linkage
     * matched on something other than "same person", and an estimate from it would be wrong with confidence.
     */
    public boolean implausible() {
        return atCap > 0 || persons < LEAST_PERSONS_PER_IDENTITY * distinct;
    }

    /** The capture histories as CSV: one 0/1 column per list, then {@code count}; what {@code /estimates} reads. */
    public String historiesCsv() {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get().print(out)) {
            for (List<String> row : histories) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Bars of records per list, then of persons on both lists of each pair, scaled to the largest. */
    public List<Bar> bars(String bothLabel) {
        long max = Math.max(1, lists.stream().mapToLong(ListCount::records).max().orElse(1));
        List<Bar> bars = new ArrayList<>();
        for (ListCount list : lists) {
            bars.add(bar(list.name(), list.records(), bars.size(), max));
        }
        for (Overlap overlap : overlaps) {
            bars.add(bar(overlap.first() + " " + bothLabel + " " + overlap.second(), overlap.persons(), bars.size(),
                    max));
        }
        return bars;
    }

    public int chartWidth() {
        return CHART_LABEL_WIDTH + CHART_BAR_WIDTH + 100;
    }

    public int chartHeight() {
        return CHART_ROW * (lists.size() + overlaps.size()) + 10;
    }

    private static Bar bar(String label, long value, int index, long max) {
        return new Bar(label, value, 5 + index * CHART_ROW, value == 0 ? 0 : Math.max(1, (double) value / max
                * CHART_BAR_WIDTH));
    }
}
