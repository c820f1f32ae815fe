package org.cthub.privacy.risk;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cthub.privacy.Table;

/** The combination of quasi-identifier values of each row, and how often each combination occurs. */
final class QuasiIdentifierKeys {

    private QuasiIdentifierKeys() {
    }

    static List<List<String>> keys(Table table, List<String> quasiIdentifiers) {
        if (quasiIdentifiers.isEmpty()) {
            throw new IllegalArgumentException("At least one quasi-identifier is needed");
        }
        int[] columns = quasiIdentifiers.stream().mapToInt(table::column).toArray();
        return table.rows().stream().map(row -> {
            String[] key = new String[columns.length];
            for (int j = 0; j < columns.length; j++) {
                key[j] = row.get(columns[j]);
            }
            return List.of(key);
        }).toList();
    }

    static Map<List<String>, Long> frequencies(List<List<String>> keys) {
        Map<List<String>, Long> counts = new HashMap<>();
        for (List<String> key : keys) {
            counts.merge(key, 1L, Long::sum);
        }
        return counts;
    }
}
