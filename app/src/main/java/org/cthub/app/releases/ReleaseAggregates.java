package org.cthub.app.releases;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import org.cthub.privacy.Table;
import org.cthub.privacy.dp.GeometricMechanism;
import org.cthub.privacy.dp.PrivacyBudgetLedger;
import org.cthub.privacy.hierarchy.Hierarchy;
import org.cthub.standard.ctdc.Ctdc2024Record;

/**
 * Differentially private counts of the consenting records by each quasi-identifier and by two pairs, with the
 * two-sided geometric mechanism (Ghosh, Roughgarden and Sundararajan 2009). Every table is charged to the
 * release's ledger before its noise is drawn. Cells are the whole domain of the hierarchies, not the values seen,
 * so the absence of a value is protected too.
 *
 * <p>Split of the aggregates' epsilon: each one-way table 10 % (five tables, 50 %), each two-way table 25 %.
 * One person adds 1 to exactly one cell of a one-way table and of the region pair (sensitivity 1, the cells are
 * disjoint); in gender × type of exploitation a person with several types adds to up to three cells, so that
 * table is released with sensitivity 3. Noisy counts below zero are published as 0 (post-processing).
 */
final class ReleaseAggregates {

    /** One published cell. */
    record Cell(String table, String first, String second, long noisyCount) {
    }

    /** One table's share of the budget. */
    record Share(String table, BigDecimal epsilon, long sensitivity) {
    }

    /** The cells and the budget each table used. */
    record Result(List<Cell> cells, List<Share> shares) {
    }

    static final BigDecimal ONE_WAY_SHARE = new BigDecimal("0.10");
    static final BigDecimal TWO_WAY_SHARE = new BigDecimal("0.25");
    static final String REGION_PAIR = "citizenship region x exploitation region";
    static final String GENDER_TYPE = "gender x type of exploitation";

    private ReleaseAggregates() {
    }

    /**
     * @param input the consenting records, quasi-identifiers at level 0 (missing ones {@code Unknown})
     * @param epsilon the aggregates' share of the release's budget
     * @throws org.cthub.privacy.dp.PrivacyBudgetExceededException when the ledger has less than epsilon left;
     *                                                             tables charged before stay charged
     */
    static Result compute(Table input, BigDecimal epsilon, PrivacyBudgetLedger ledger, RandomGenerator random) {
        List<Cell> cells = new ArrayList<>();
        List<Share> shares = new ArrayList<>();
        for (QuasiIdentifier identifier : QuasiIdentifier.values()) {
            Map<String, Long> counts = zeros(identifier.hierarchy().values());
            for (String value : input.values(identifier.column())) {
                counts.merge(value, 1L, Long::sum);
            }
            release(identifier.column(), counts, epsilon.multiply(ONE_WAY_SHARE), 1, ledger, random, cells, shares);
        }
        Hierarchy country = QuasiIdentifier.CITIZENSHIP.hierarchy();
        TreeSet<String> regions = new TreeSet<>();
        country.values().forEach(code -> regions.add(country.generalise(code, 2).orElseThrow()));
        List<String> pairs = new ArrayList<>();
        for (String from : regions) {
            for (String to : regions) {
                pairs.add(from + "\t" + to);
            }
        }
        Map<String, Long> regionCounts = zeros(pairs);
        List<String> citizenship = input.values(QuasiIdentifier.CITIZENSHIP.column());
        List<String> exploited = input.values(QuasiIdentifier.EXPLOITATION_COUNTRY.column());
        for (int row = 0; row < input.size(); row++) {
            regionCounts.merge(country.generalise(citizenship.get(row), 2).orElseThrow() + "\t"
                    + country.generalise(exploited.get(row), 2).orElseThrow(), 1L, Long::sum);
        }
        release(REGION_PAIR, regionCounts, epsilon.multiply(TWO_WAY_SHARE), 1, ledger, random, cells, shares);
        release(GENDER_TYPE, genderByType(input), epsilon.multiply(TWO_WAY_SHARE),
                Ctdc2024Record.Exploitation.values().length, ledger, random, cells, shares);
        return new Result(cells, shares);
    }

    private static Map<String, Long> genderByType(Table input) {
        List<String> pairs = new ArrayList<>();
        for (String gender : QuasiIdentifier.GENDER.hierarchy().values()) {
            for (Ctdc2024Record.Exploitation type : Ctdc2024Record.Exploitation.values()) {
                pairs.add(gender + "\t" + type.column());
            }
        }
        Map<String, Long> counts = zeros(pairs);
        int gender = input.column(QuasiIdentifier.GENDER.column());
        for (Ctdc2024Record.Exploitation type : Ctdc2024Record.Exploitation.values()) {
            int flag = input.column(type.column());
            for (List<String> row : input.rows()) {
                if ("1".equals(row.get(flag))) {
                    counts.merge(row.get(gender) + "\t" + type.column(), 1L, Long::sum);
                }
            }
        }
        return counts;
    }

    private static void release(String table, Map<String, Long> counts, BigDecimal epsilon, long sensitivity,
                                PrivacyBudgetLedger ledger, RandomGenerator random, List<Cell> cells,
                                List<Share> shares) {
        // One charge per table: the cells are released together, and the table's L1 sensitivity is accounted
        // for by the mechanism's scale, so charging every cell would count the same person many times over.
        ledger.spend("aggregates: " + table, "geometric", epsilon, BigDecimal.ZERO);
        GeometricMechanism mechanism = new GeometricMechanism(epsilon.doubleValue(), sensitivity);
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            String[] key = entry.getKey().split("\t", -1);
            long noisy = Math.max(0, mechanism.release(entry.getValue(), random));
            cells.add(new Cell(table, key[0], key.length > 1 ? key[1] : "", noisy));
        }
        shares.add(new Share(table, epsilon, sensitivity));
    }

    private static Map<String, Long> zeros(List<String> keys) {
        Map<String, Long> counts = new LinkedHashMap<>();
        keys.forEach(key -> counts.put(key, 0L));
        return counts;
    }
}
