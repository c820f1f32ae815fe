package org.cthub.privacy.synthetic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.cthub.privacy.Table;

/**
 * The attributes of a table, "column:value" pairs, numbered in column order, so a combination is a sorted list
 * of attribute numbers. Empty cells are no attribute (as in the showcase).
 */
final class Attributes {

    record Attribute(int column, String value) {
    }

    private final List<Attribute> attributes = new ArrayList<>();
    private final Map<Attribute, Integer> numbers = new HashMap<>();

    Attributes(Table table) {
        for (int column = 0; column < table.columns().size(); column++) {
            int c = column;
            TreeSet<String> values = new TreeSet<>(Comparator.naturalOrder());
            table.rows().forEach(row -> {
                if (!row.get(c).isEmpty()) {
                    values.add(row.get(c));
                }
            });
            for (String value : values) {
                Attribute attribute = new Attribute(column, value);
                numbers.put(attribute, attributes.size());
                attributes.add(attribute);
            }
        }
    }

    int size() {
        return attributes.size();
    }

    Attribute get(int number) {
        return attributes.get(number);
    }

    int column(int number) {
        return attributes.get(number).column();
    }

    /** The attributes of a row, ascending; -1 when a value is unknown to this table. */
    int[] of(List<String> row) {
        List<Integer> result = new ArrayList<>();
        for (int column = 0; column < row.size(); column++) {
            if (!row.get(column).isEmpty()) {
                result.add(numbers.getOrDefault(new Attribute(column, row.get(column)), -1));
            }
        }
        return result.stream().mapToInt(Integer::intValue).toArray();
    }

    /** All combinations of 1..maxLength of a row's attributes, each a sorted list. */
    static List<List<Integer>> combinations(int[] attributes, int maxLength) {
        List<List<Integer>> result = new ArrayList<>();
        combine(attributes, 0, maxLength, new ArrayList<>(), result);
        return result;
    }

    private static void combine(int[] attributes, int from, int maxLength, List<Integer> current,
                                List<List<Integer>> result) {
        for (int i = from; i < attributes.length; i++) {
            current.add(attributes[i]);
            result.add(List.copyOf(current));
            if (current.size() < maxLength) {
                combine(attributes, i + 1, maxLength, current, result);
            }
            current.remove(current.size() - 1);
        }
    }
}
