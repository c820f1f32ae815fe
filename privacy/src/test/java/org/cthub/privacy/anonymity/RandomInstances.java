package org.cthub.privacy.anonymity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cthub.privacy.Table;
import org.cthub.privacy.hierarchy.Hierarchy;

/** Small random tables with random nested hierarchies whose lattice has at most 200 nodes. */
final class RandomInstances {

    record Instance(Table table, Map<String, Hierarchy> hierarchies, Criteria criteria) {
    }

    private RandomInstances() {
    }

    static Instance next(Random random, boolean withDiversity) {
        int dimensions = 1 + random.nextInt(4);
        Map<String, Hierarchy> hierarchies = new LinkedHashMap<>();
        int lattice = 1;
        for (int j = 0; j < dimensions; j++) {
            int height = 1 + random.nextInt(3);
            while (lattice * (height + 1) > 200 && height > 1) {
                height--;
            }
            if (lattice * (height + 1) > 200) {
                break;
            }
            lattice *= height + 1;
            hierarchies.put("q" + j, hierarchy("q" + j, 1 + random.nextInt(7), height, random));
        }
        int rows = random.nextInt(61);
        List<String> columns = new ArrayList<>(hierarchies.keySet());
        columns.add("s");
        List<List<String>> cells = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            List<String> cellsOfRow = new ArrayList<>();
            for (Hierarchy hierarchy : hierarchies.values()) {
                // Skewed towards the first values, so some classes are large and others small.
                int index = Math.min(random.nextInt(hierarchy.domainSize()), random.nextInt(hierarchy.domainSize()));
                cellsOfRow.add(hierarchy.values().get(index));
            }
            cellsOfRow.add("s" + random.nextInt(1 + random.nextInt(4)));
            cells.add(cellsOfRow);
        }
        double[] limits = {0, 0, 0.05, 0.1, 0.3, 1};
        Criteria criteria = Criteria.kAnonymity(1 + random.nextInt(6), limits[random.nextInt(limits.length)]);
        if (withDiversity) {
            criteria = criteria.with(random.nextBoolean() ? LDiversity.distinct("s", 1 + random.nextInt(3))
                    : LDiversity.entropy("s", 1 + 2 * random.nextDouble()));
        }
        return new Instance(new Table(columns, cells), hierarchies, criteria);
    }

    /** A nested hierarchy: each level merges the groups of the level below at random, the top is *. */
    static Hierarchy hierarchy(String name, int domain, int height, Random random) {
        int[] group = new int[domain];
        for (int value = 0; value < domain; value++) {
            group[value] = value;
        }
        List<List<String>> rows = new ArrayList<>();
        for (int value = 0; value < domain; value++) {
            List<String> row = new ArrayList<>();
            row.add(name + "v" + value);
            rows.add(row);
        }
        for (int level = 1; level < height; level++) {
            int groups = (int) java.util.Arrays.stream(group).distinct().count();
            int merged = Math.max(1, groups - random.nextInt(groups));
            int[] target = new int[domain];
            Map<Integer, Integer> parent = new LinkedHashMap<>();
            for (int value = 0; value < domain; value++) {
                int g = group[value];
                parent.computeIfAbsent(g, any -> random.nextInt(merged));
                target[value] = parent.get(g);
            }
            group = target;
            for (int value = 0; value < domain; value++) {
                rows.get(value).add(name + "L" + level + "g" + group[value]);
            }
        }
        for (List<String> row : rows) {
            row.add("*");
        }
        return Hierarchy.of(name, rows);
    }
}
