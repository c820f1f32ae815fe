package org.cthub.privacy.synthetic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.cthub.privacy.Table;
import org.cthub.privacy.dp.PrivacyBudgetLedger;

/**
 * Differentially private synthetic microdata in the manner of Microsoft's synthetic data showcase: noisy counts
 * of all attribute combinations up to the reporting length ({@link DpAggregator}), then records synthesised to
 * agree with them ({@link AggregateSeededSynthesiser}), and a utility report ({@link #evaluate}).
 */
public final class SyntheticData {

    /**
     * @param synthetic the synthetic records, same columns as the input, empty cells where no attribute was drawn
     * @param reportedCombinations the noisy aggregates as "column=value" combinations with rounded counts
     * @param protectedRecordCount the number of records plus noise
     * @param epsilon epsilon spent
     * @param delta delta spent
     */
    public record Result(Table synthetic, Map<List<String>, Long> reportedCombinations, long protectedRecordCount,
                         double epsilon, double delta) {
    }

    private SyntheticData() {
    }

    /**
     * Synthesises a table, charging the ledger with the epsilon and delta first.
     *
     * @param sensitive the records; every column takes part, so drop identifiers and free text first
     * @param random the noise source: {@link org.cthub.privacy.dp.NoiseSources#secure()} for releases
     * @throws org.cthub.privacy.dp.PrivacyBudgetExceededException when the ledger has too little budget left
     */
    public static Result synthesise(Table sensitive, SyntheticDataParameters parameters, PrivacyBudgetLedger ledger,
                                    String purpose, RandomGenerator random) {
        Objects.requireNonNull(ledger, "ledger");
        Attributes attributes = new Attributes(sensitive);
        DpAggregator aggregator = new DpAggregator(parameters, random);
        // The delta depends on the protected count only when it is not given; charge before any noise is drawn
        // where it is known, otherwise right after the count (which is itself part of the same release).
        NoisyAggregates aggregates;
        if (parameters.delta().isPresent()) {
            ledger.spend(purpose, "dp-marginals", BigDecimal.valueOf(parameters.epsilon()),
                    BigDecimal.valueOf(parameters.delta().getAsDouble()));
            aggregates = aggregator.aggregate(sensitive, attributes);
        } else {
            aggregates = aggregator.aggregate(sensitive, attributes);
            ledger.spend(purpose, "dp-marginals", BigDecimal.valueOf(parameters.epsilon()),
                    BigDecimal.valueOf(aggregates.delta()));
        }
        List<int[]> records = new AggregateSeededSynthesiser(aggregates, parameters.reportingLength(),
                parameters.weightSelectionPercentile(), attributes, random).synthesise(aggregates.protectedRecordCount());
        List<List<String>> rows = new ArrayList<>();
        int columns = sensitive.columns().size();
        for (int[] record : records) {
            String[] cells = new String[columns];
            Arrays.fill(cells, "");
            for (int attribute : record) {
                cells[attributes.column(attribute)] = attributes.get(attribute).value();
            }
            rows.add(Arrays.asList(cells));
        }
        Map<List<String>, Long> reported = aggregates.counts().entrySet().stream().collect(Collectors.toMap(
                entry -> entry.getKey().stream().map(a -> sensitive.columns().get(attributes.column(a)) + "="
                        + attributes.get(a).value()).toList(),
                entry -> Math.round(entry.getValue())));
        return new Result(new Table(sensitive.columns(), rows), reported, aggregates.protectedRecordCount(),
                aggregates.epsilon(), aggregates.delta());
    }

    /** The utility of synthetic data against the real data, for combinations up to {@code maxLength}. */
    public static UtilityReport evaluate(Table real, Table synthetic, int maxLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be at least 1");
        }
        return UtilityEvaluation.evaluate(real, synthetic, maxLength);
    }
}
