package org.cthub.privacy.anonymity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cthub.privacy.Table;
import org.cthub.privacy.hierarchy.Hierarchy;

/**
 * The brute-force oracle: evaluates every node of the lattice from the strings, with its own grouping,
 * suppression rule and Loss (ARX's formula with shares as doubles), independent of the search's code.
 */
final class ExhaustiveSearch {

    record Node(int[] levels, double loss, long suppressed) {
    }

    private ExhaustiveSearch() {
    }

    /** All acceptable nodes. */
    static List<Node> acceptable(Table table, Map<String, Hierarchy> hierarchies, Criteria criteria) {
        List<String> names = table.columns().stream().filter(hierarchies::containsKey).toList();
        int[] heights = names.stream().mapToInt(name -> hierarchies.get(name).height()).toArray();
        List<Node> nodes = new ArrayList<>();
        int[] levels = new int[heights.length];
        while (true) {
            Node node = evaluate(table, hierarchies, names, levels.clone(), criteria);
            if (node != null) {
                nodes.add(node);
            }
            int j = 0;
            while (j < levels.length && levels[j] == heights[j]) {
                levels[j++] = 0;
            }
            if (j == levels.length) {
                return nodes;
            }
            levels[j]++;
        }
    }

    /** The optimum: least Loss (within 1e-9), then least sum of levels, then lexicographically least levels. */
    static Node optimum(List<Node> nodes) {
        double least = nodes.stream().mapToDouble(Node::loss).min().orElseThrow();
        return nodes.stream().filter(node -> node.loss() <= least + 1e-9)
                .min((a, b) -> {
                    int cmp = Integer.compare(sum(a.levels()), sum(b.levels()));
                    return cmp != 0 ? cmp : java.util.Arrays.compare(a.levels(), b.levels());
                }).orElseThrow();
    }

    private static int sum(int[] levels) {
        return java.util.Arrays.stream(levels).sum();
    }

    private static Node evaluate(Table table, Map<String, Hierarchy> hierarchies, List<String> names, int[] levels,
                                 Criteria criteria) {
        Map<List<String>, List<Integer>> classes = new HashMap<>();
        for (int row = 0; row < table.size(); row++) {
            List<String> key = new ArrayList<>();
            for (int j = 0; j < names.size(); j++) {
                String value = table.rows().get(row).get(table.column(names.get(j)));
                key.add(hierarchies.get(names.get(j)).generalise(value, levels[j]).orElseThrow());
            }
            classes.computeIfAbsent(key, any -> new ArrayList<>()).add(row);
        }
        Set<Integer> suppressed = new HashSet<>();
        for (List<Integer> members : classes.values()) {
            if (members.size() < criteria.k() || !diverse(table, members, criteria)) {
                suppressed.addAll(members);
            }
        }
        if (suppressed.size() > Math.floor(criteria.suppressionLimit() * table.size())) {
            return null;
        }
        double n = table.size();
        double product = 1;
        for (int j = 0; j < names.size(); j++) {
            Hierarchy hierarchy = hierarchies.get(names.get(j));
            double domain = hierarchy.domainSize();
            double shares = 0;
            for (int row = 0; row < table.size(); row++) {
                String value = table.rows().get(row).get(table.column(names.get(j)));
                String released = hierarchy.generalise(value, levels[j]).orElseThrow();
                shares += suppressed.contains(row) ? 1 : hierarchy.leafCount(released, levels[j]) / domain;
            }
            double min = n / domain;
            double loss = domain == 1 ? 0 : Math.max(0, (shares - min) / (n - min));
            product *= Math.pow(1 + loss, 1.0 / names.size());
        }
        return new Node(levels, product - 1, suppressed.size());
    }

    private static boolean diverse(Table table, List<Integer> members, Criteria criteria) {
        if (criteria.lDiversity().isEmpty()) {
            return true;
        }
        LDiversity diversity = criteria.lDiversity().get();
        Map<String, Integer> counts = new HashMap<>();
        for (int row : members) {
            counts.merge(table.rows().get(row).get(table.column(diversity.sensitiveColumn())), 1, Integer::sum);
        }
        if (diversity.variant() == LDiversity.Variant.DISTINCT) {
            return counts.size() >= diversity.l();
        }
        double entropy = 0;
        for (int count : counts.values()) {
            double p = count / (double) members.size();
            entropy -= p * Math.log(p);
        }
        return entropy >= Math.log(diversity.l()) - 1e-12;
    }
}
