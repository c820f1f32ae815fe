package org.cthub.privacy.anonymity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cthub.privacy.Table;
import org.cthub.privacy.hierarchy.Hierarchy;

/**
 * Finds the globally optimal full-domain generalisation of a table's quasi-identifiers under k-anonymity
 * (and optionally l-diversity) with record suppression, minimising ARX's Loss, and releases the table.
 * Stateless and thread-safe; the work of one call is spread over the given number of threads.
 *
 * <p>Results are comparable with ARX 3.x configured with the same hierarchies, {@code KAnonymity(k)}, the same
 * suppression limit and {@code Metric.createLossMetric()}. See {@code docs/privacy.md}.
 */
public final class Anonymiser {

    /** The value written for every quasi-identifier of a suppressed record, as ARX does. */
    public static final String SUPPRESSED = "*";

    private final int threads;

    /** Uses all available processors. */
    public Anonymiser() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** @param threads threads to use for one search, at least 1 */
    public Anonymiser(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.threads = threads;
    }

    /**
     * Anonymises a table.
     *
     * @param table the records; columns not named as quasi-identifiers are released unchanged, so drop direct
     *              identifiers before calling
     * @param quasiIdentifiers the quasi-identifying columns and their hierarchies; each value of such a column
     *                         must be a level-0 value of its hierarchy
     * @param criteria k, suppression limit, optional l-diversity
     * @return the optimal transformation and released table, or empty when no transformation satisfies the
     *         criteria (for example fewer than k records and too little suppression allowed)
     * @throws IllegalArgumentException when a column is missing, a value is not in its hierarchy, the sensitive
     *                                  column is also a quasi-identifier, or there are no quasi-identifiers
     */
    public Optional<AnonymisationResult> anonymise(Table table, Map<String, Hierarchy> quasiIdentifiers,
                                                   Criteria criteria) {
        if (table.size() == 0) {
            prepare(table, quasiIdentifiers, criteria);
            return Optional.empty();
        }
        EncodedTable encoded = prepare(table, quasiIdentifiers, criteria);
        Lattice lattice = new Lattice(encoded.heights);
        LossMetric metric = new LossMetric(encoded);
        try (NodeEvaluator evaluator = new NodeEvaluator(encoded, criteria, threads)) {
            OptimalSearch search = new OptimalSearch(lattice, metric, evaluator, criteria.monotone());
            int optimum = search.run();
            if (optimum < 0) {
                return Optional.empty();
            }
            return Optional.of(result(table, encoded, metric, evaluator, lattice.levels(optimum), search.checks()));
        }
    }

    /**
     * Applies one given transformation, without searching: its Loss, classes and released table, whether or not
     * it satisfies the criteria (records in failing classes are suppressed; check {@code suppressed} against the
     * limit).
     *
     * @param levels the level of each quasi-identifier, in the table's column order
     */
    public AnonymisationResult apply(Table table, Map<String, Hierarchy> quasiIdentifiers, Criteria criteria,
                                     List<Integer> levels) {
        EncodedTable encoded = prepare(table, quasiIdentifiers, criteria);
        if (levels.size() != encoded.dimensions) {
            throw new IllegalArgumentException("One level per quasi-identifier is needed: " + levels);
        }
        int[] node = levels.stream().mapToInt(Integer::intValue).toArray();
        for (int j = 0; j < node.length; j++) {
            if (node[j] < 0 || node[j] > encoded.heights[j]) {
                throw new IllegalArgumentException("Level " + node[j] + " is outside the hierarchy of "
                        + encoded.quasiIdentifiers.get(j));
            }
        }
        try (NodeEvaluator evaluator = new NodeEvaluator(encoded, criteria, 1)) {
            return result(table, encoded, new LossMetric(encoded), evaluator, node, 1);
        }
    }

    private static EncodedTable prepare(Table table, Map<String, Hierarchy> quasiIdentifiers, Criteria criteria) {
        if (quasiIdentifiers.isEmpty()) {
            throw new IllegalArgumentException("At least one quasi-identifier is needed");
        }
        List<String> names = table.columns().stream().filter(quasiIdentifiers::containsKey).toList();
        if (names.size() != quasiIdentifiers.size()) {
            throw new IllegalArgumentException("Quasi-identifiers not among the columns: "
                    + quasiIdentifiers.keySet().stream().filter(name -> !table.columns().contains(name)).toList());
        }
        String sensitive = criteria.lDiversity().map(LDiversity::sensitiveColumn).orElse(null);
        if (sensitive != null && quasiIdentifiers.containsKey(sensitive)) {
            throw new IllegalArgumentException("The sensitive column '" + sensitive + "' is also a quasi-identifier");
        }
        return new EncodedTable(table, names, names.stream().map(quasiIdentifiers::get).toList(), sensitive);
    }

    private static AnonymisationResult result(Table table, EncodedTable encoded, LossMetric metric,
                                              NodeEvaluator evaluator, int[] levels, int checks) {
        NodeStats stats = evaluator.counter().evaluateFully(levels);
        Table output = release(table, encoded, levels, evaluator.counter().suppressedEntries(levels));
        double[] perDimension = metric.perDimension(stats.leafCountSums());
        return new AnonymisationResult(encoded.quasiIdentifiers, Arrays.stream(levels).boxed().toList(),
                metric.value(stats.leafCountSums()), Arrays.stream(perDimension).boxed().toList(), stats.classes(),
                stats.smallestClass(), stats.suppressed(), checks, output);
    }

    private static Table release(Table table, EncodedTable encoded, int[] levels, boolean[] suppressedEntries) {
        int[] columns = new int[table.columns().size()];
        Arrays.fill(columns, -1);
        for (int j = 0; j < encoded.dimensions; j++) {
            columns[table.column(encoded.quasiIdentifiers.get(j))] = j;
        }
        List<List<String>> rows = new ArrayList<>(table.size());
        for (int row = 0; row < table.size(); row++) {
            List<String> cells = table.rows().get(row);
            int entry = encoded.rowEntry[row];
            String[] released = new String[cells.size()];
            for (int column = 0; column < released.length; column++) {
                int j = columns[column];
                if (j < 0) {
                    released[column] = cells.get(column);
                } else if (suppressedEntries[entry]) {
                    released[column] = SUPPRESSED;
                } else {
                    released[column] = encoded.hierarchies[j].cell(encoded.tuples[entry * encoded.dimensions + j],
                            levels[j]);
                }
            }
            rows.add(List.of(released));
        }
        return new Table(table.columns(), rows);
    }
}
