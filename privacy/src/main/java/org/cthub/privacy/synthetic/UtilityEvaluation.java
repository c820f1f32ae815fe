package org.cthub.privacy.synthetic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cthub.privacy.Table;

/**
 * Compares the attribute combinations (non-empty "column=value" sets) of real and synthetic data, as the
 * showcase's evaluation does: counts of every combination up to a length, their mean absolute and relative
 * errors, the share of real combinations preserved and the share of synthetic combinations that are spurious.
 */
final class UtilityEvaluation {

    private UtilityEvaluation() {
    }

    static UtilityReport evaluate(Table real, Table synthetic, int maxLength) {
        if (!real.columns().equals(synthetic.columns())) {
            throw new IllegalArgumentException("Real and synthetic data need the same columns");
        }
        List<Map<List<String>, Long>> realCounts = counts(real, maxLength);
        List<Map<List<String>, Long>> syntheticCounts = counts(synthetic, maxLength);
        List<UtilityReport.Length> lengths = new ArrayList<>();
        for (int k = 1; k <= maxLength; k++) {
            Map<List<String>, Long> realK = realCounts.get(k - 1);
            Map<List<String>, Long> syntheticK = syntheticCounts.get(k - 1);
            double absolute = 0;
            double relative = 0;
            long preserved = 0;
            for (Map.Entry<List<String>, Long> entry : realK.entrySet()) {
                long syntheticCount = syntheticK.getOrDefault(entry.getKey(), 0L);
                absolute += Math.abs(syntheticCount - entry.getValue());
                relative += Math.abs(syntheticCount - entry.getValue()) / (double) entry.getValue();
                preserved += syntheticCount > 0 ? 1 : 0;
            }
            long spurious = syntheticK.keySet().stream().filter(key -> !realK.containsKey(key)).count();
            lengths.add(new UtilityReport.Length(k, realK.size(), syntheticK.size(),
                    realK.isEmpty() ? 0 : absolute / realK.size(), realK.isEmpty() ? 0 : relative / realK.size(),
                    realK.isEmpty() ? 0 : preserved / (double) realK.size(),
                    syntheticK.isEmpty() ? 0 : spurious / (double) syntheticK.size()));
        }
        return new UtilityReport(lengths);
    }

    private static List<Map<List<String>, Long>> counts(Table table, int maxLength) {
        List<Map<List<String>, Long>> counts = new ArrayList<>();
        for (int k = 0; k < maxLength; k++) {
            counts.add(new HashMap<>());
        }
        for (List<String> row : table.rows()) {
            List<String> items = new ArrayList<>();
            for (int column = 0; column < row.size(); column++) {
                if (!row.get(column).isEmpty()) {
                    items.add(table.columns().get(column) + "=" + row.get(column));
                }
            }
            addCombinations(items, 0, maxLength, new ArrayList<>(), counts);
        }
        return counts;
    }

    private static void addCombinations(List<String> items, int from, int maxLength, List<String> current,
                                        List<Map<List<String>, Long>> counts) {
        for (int i = from; i < items.size(); i++) {
            current.add(items.get(i));
            counts.get(current.size() - 1).merge(List.copyOf(current), 1L, Long::sum);
            if (current.size() < maxLength) {
                addCombinations(items, i + 1, maxLength, current, counts);
            }
            current.remove(current.size() - 1);
        }
    }
}
