package org.cthub.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Capture histories for multiple systems estimation: for each person (cluster), on which sources' lists they
 * appear; counted by pattern, as {@code cthub estimate} reads them (one 0/1 column per list, then count).
 */
public final class CaptureHistories {

    private CaptureHistories() {
    }

    /**
     * @param result a linkage of records from several sources
     * @return the source names (sorted), then one row per observed pattern: 0/1 per source and the count last
     */
    public static List<List<String>> table(LinkageResult result) {
        List<String> names = result.sources().stream().distinct().sorted().toList();
        Map<Integer, boolean[]> seen = new TreeMap<>();
        for (int r = 0; r < result.clusters().length; r++) {
            boolean[] lists = seen.computeIfAbsent(result.clusters()[r], c -> new boolean[names.size()]);
            lists[names.indexOf(result.sources().get(r))] = true;
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (boolean[] lists : seen.values()) {
            StringBuilder key = new StringBuilder();
            for (boolean on : lists) {
                key.append(on ? '1' : '0');
            }
            counts.merge(key.toString(), 1, Integer::sum);
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(names);
        header.add("count");
        rows.add(header);
        counts.forEach((key, count) -> {
            List<String> row = new ArrayList<>(key.chars().mapToObj(c -> String.valueOf((char) c)).toList());
            row.add(String.valueOf(count));
            rows.add(row);
        });
        return rows;
    }
}
