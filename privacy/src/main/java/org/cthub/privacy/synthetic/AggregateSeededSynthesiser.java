package org.cthub.privacy.synthetic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The showcase's "aggregate-seeded" synthesis (section 4 of its DP documentation): records are built one
 * attribute at a time, sampling among the attributes still available (each single attribute may be used as
 * often as its noisy count says) with weights from the noisy aggregates, and never creating a combination the
 * aggregates do not report while records are built (leftover counts placed afterwards need only reported pairs). Up to the reporting length the weight is the count of the record's combination with
 * the candidate; beyond it, a percentile of the counts of the sub-combinations that contain the candidate. It reads
 * only the noisy aggregates, so its output keeps their differential privacy (post-processing). Synthetic counts
 * are not used to rebalance sampling (the showcase's {@code use_synthetic_counts = false}).
 */
final class AggregateSeededSynthesiser {

    private final Map<List<Integer>, Double> aggregates;
    private final int reportingLength;
    private final int percentile;
    private final Attributes attributes;
    private final RandomGenerator random;

    AggregateSeededSynthesiser(NoisyAggregates aggregates, int reportingLength, int percentile, Attributes attributes,
                               RandomGenerator random) {
        this.aggregates = aggregates.counts();
        this.reportingLength = reportingLength;
        this.percentile = percentile;
        this.attributes = attributes;
        this.random = random;
    }

    /**
     * Records as sorted attribute numbers. The showcase builds records until every single-attribute count is used
     * up; when records end early (a rare combination went unreported) that writes more records than there are
     * people, and a synthetic file is read as a list of people. So at most {@code recordLimit} records are built
     * (the protected record count, itself differentially private), and the attribute counts left over are then
     * placed into existing records: where that creates no unreported combination, else where it creates no
     * unreported pair, else dropped.
     */
    List<int[]> synthesise(long recordLimit) {
        long[] available = new long[attributes.size()];
        for (Map.Entry<List<Integer>, Double> entry : aggregates.entrySet()) {
            if (entry.getKey().size() == 1) {
                available[entry.getKey().get(0)] = Math.round(entry.getValue());
            }
        }
        List<List<Integer>> records = new ArrayList<>();
        while (records.size() < recordLimit && Arrays.stream(available).anyMatch(count -> count > 0)) {
            List<Integer> record = new ArrayList<>();
            while (true) {
                int next = sampleNext(record, available);
                if (next < 0) {
                    break;
                }
                record.add(next);
                record.sort(null);
                available[next]--;
            }
            if (record.isEmpty()) {
                break;
            }
            records.add(record);
        }
        placeLeftovers(records, available);
        return records.stream().map(record -> record.stream().mapToInt(Integer::intValue).toArray()).toList();
    }

    /**
     * Adds each attribute count still available to records that lack its column, trying records in random order
     * and only where every combination the addition creates is reported. The number of tries is bounded so that
     * a count that fits nowhere costs little.
     */
    private void placeLeftovers(List<List<Integer>> records, long[] available) {
        if (records.isEmpty()) {
            return;
        }
        int[] order = new int[records.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int attribute = 0; attribute < available.length; attribute++) {
            if (available[attribute] <= 0) {
                continue;
            }
            for (boolean strict : new boolean[] {true, false}) {
                shuffle(order);
                long tries = Math.min(order.length, 20 * available[attribute] + 200);
                for (int i = 0; i < tries && available[attribute] > 0; i++) {
                    List<Integer> record = records.get(order[i]);
                    if (hasColumn(record, attributes.column(attribute))
                            || (strict ? weight(record, attribute) <= 0 : !pairsReported(record, attribute))) {
                        continue;
                    }
                    record.add(attribute);
                    record.sort(null);
                    available[attribute]--;
                }
            }
        }
    }

    /**
     * The looser test of the second placing pass: every pair the addition creates is reported, though a longer
     * combination may not be. Synthesis reads only the noisy aggregates, so this costs no privacy, only some
     * combinations of three that the aggregates did not report; it keeps the single-value counts.
     */
    private boolean pairsReported(List<Integer> record, int attribute) {
        if (reportingLength < 2) {
            return true;
        }
        for (int other : record) {
            List<Integer> pair = other < attribute ? List.of(other, attribute) : List.of(attribute, other);
            if (!aggregates.containsKey(pair)) {
                return false;
            }
        }
        return true;
    }

    private boolean hasColumn(List<Integer> record, int column) {
        for (int attribute : record) {
            if (attributes.column(attribute) == column) {
                return true;
            }
        }
        return false;
    }

    private void shuffle(int[] order) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }

    private int sampleNext(List<Integer> record, long[] available) {
        boolean[] usedColumn = new boolean[attributes.size() == 0 ? 0 : attributes.column(attributes.size() - 1) + 1];
        for (int attribute : record) {
            usedColumn[attributes.column(attribute)] = true;
        }
        List<Integer> candidates = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        double total = 0;
        for (int attribute = 0; attribute < available.length; attribute++) {
            if (available[attribute] <= 0 || usedColumn[attributes.column(attribute)]) {
                continue;
            }
            double weight = weight(record, attribute);
            if (weight > 0) {
                candidates.add(attribute);
                weights.add(weight);
                total += weight;
            }
        }
        if (candidates.isEmpty()) {
            return -1;
        }
        double target = random.nextDouble() * total;
        for (int i = 0; i < candidates.size(); i++) {
            target -= weights.get(i);
            if (target < 0) {
                return candidates.get(i);
            }
        }
        return candidates.get(candidates.size() - 1);
    }

    /** The sampling weight of adding an attribute, 0 when that would create an unreported combination. */
    private double weight(List<Integer> record, int attribute) {
        List<Integer> extended = new ArrayList<>(record);
        extended.add(attribute);
        extended.sort(null);
        if (extended.size() <= reportingLength) {
            return aggregates.getOrDefault(extended, 0.0);
        }
        int[] others = record.stream().mapToInt(Integer::intValue).toArray();
        List<Double> counts = new ArrayList<>();
        for (List<Integer> subset : Attributes.combinations(others, reportingLength - 1)) {
            List<Integer> withAttribute = new ArrayList<>(subset);
            withAttribute.add(attribute);
            withAttribute.sort(null);
            Double count = aggregates.get(withAttribute);
            if (count == null) {
                return 0;
            }
            counts.add(count);
        }
        Double single = aggregates.get(List.of(attribute));
        if (single == null) {
            return 0;
        }
        counts.add(single);
        counts.sort(null);
        int index = (int) Math.ceil(percentile / 100.0 * counts.size()) - 1;
        return counts.get(Math.max(0, index));
    }
}
