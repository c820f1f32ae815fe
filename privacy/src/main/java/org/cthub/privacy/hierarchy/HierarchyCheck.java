package org.cthub.privacy.hierarchy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a generalisation hierarchy must follow to define a full-domain generalisation (Samarati 2001;
 * ARX's hierarchy format): every row has the same depth, no cell is blank, leaf values are distinct, the last
 * level is one single value, and the levels nest (two rows equal at level i are equal at level i + 1, so
 * generalising twice is a function).
 */
final class HierarchyCheck {

    private HierarchyCheck() {
    }

    static List<HierarchyProblem> problems(List<List<String>> rows) {
        List<HierarchyProblem> problems = new ArrayList<>();
        if (rows.isEmpty() || rows.get(0).isEmpty()) {
            problems.add(new HierarchyProblem("H001", 0, -1, "A hierarchy needs at least one row with one value"));
            return problems;
        }
        int depth = rows.get(0).size();
        Set<String> leaves = new HashSet<>();
        for (int row = 0; row < rows.size(); row++) {
            List<String> cells = rows.get(row);
            if (cells.size() != depth) {
                problems.add(new HierarchyProblem("H002", row + 1, -1, "Row has " + cells.size()
                        + " levels; the first row has " + depth + ": every row must have the same depth"));
                continue;
            }
            for (int level = 0; level < depth; level++) {
                if (cells.get(level) == null || cells.get(level).isBlank()) {
                    problems.add(new HierarchyProblem("H006", row + 1, level, "Blank cell; write a value"));
                }
            }
            if (!leaves.add(cells.get(0))) {
                problems.add(new HierarchyProblem("H005", row + 1, 0, "Value repeated at level 0; each value once"));
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        long tops = rows.stream().map(cells -> cells.get(depth - 1)).distinct().count();
        if (tops != 1) {
            problems.add(new HierarchyProblem("H003", 0, depth - 1, "The last level has " + tops
                    + " different values; it must be one value (such as *)"));
        }
        for (int level = 0; level + 1 < depth; level++) {
            Map<String, String> parent = new HashMap<>();
            for (int row = 0; row < rows.size(); row++) {
                String value = rows.get(row).get(level);
                String next = rows.get(row).get(level + 1);
                String seen = parent.putIfAbsent(value, next);
                if (seen != null && !seen.equals(next)) {
                    problems.add(new HierarchyProblem("H004", row + 1, level + 1, "A value of level " + level
                            + " generalises to two different values at level " + (level + 1)));
                }
            }
        }
        return problems;
    }
}
