package org.cthub.privacy.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.random.RandomGenerator;
import org.cthub.privacy.Table;
import org.cthub.privacy.dp.NoiseSources;
import org.cthub.privacy.dp.PrivacyBudgetExceededException;
import org.cthub.privacy.dp.PrivacyBudgetLedger;
import org.junit.jupiter.api.Test;

class SyntheticDataTest {

    private static final List<String> COLUMNS = List.of("gender", "age", "citizenship", "type");

    /** Generated cases with structure: type depends on gender, age on type; one survivor has a unique citizenship. */
    private static Table cases(int rows, long seed) {
        RandomGenerator random = NoiseSources.seeded(seed);
        List<List<String>> cells = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            String gender = random.nextDouble() < 0.7 ? "Woman" : "Man";
            String type = gender.equals("Woman") ? (random.nextDouble() < 0.8 ? "Sexual" : "Labour")
                    : (random.nextDouble() < 0.85 ? "Labour" : "Sexual");
            String age = type.equals("Sexual") ? (random.nextDouble() < 0.6 ? "18--20" : "21--23")
                    : (random.nextDouble() < 0.5 ? "30--38" : "39--47");
            String citizenship = row == 0 ? "ISL" : random.nextDouble() < 0.5 ? "UKR" : "PHL";
            cells.add(List.of(gender, age, citizenship, row % 10 == 0 ? "" : type));
        }
        return new Table(COLUMNS, cells);
    }

    private static PrivacyBudgetLedger ledger() {
        return new PrivacyBudgetLedger("cases", new BigDecimal("4"), new BigDecimal("0.001"));
    }

    @Test
    void synthesisedCombinationsAreAllReportedAggregates() {
        Table real = cases(3000, 1);
        SyntheticData.Result result = SyntheticData.synthesise(real, SyntheticDataParameters.defaults(), ledger(),
                "synthetic cases", NoiseSources.seeded(2));
        UtilityReport selfCheck = SyntheticData.evaluate(result.synthetic(), result.synthetic(), 3);
        assertThat(selfCheck.lengths()).allSatisfy(length -> assertThat(length.spuriousShare()).isZero());
        Table synthetic = result.synthetic();
        for (List<String> row : synthetic.rows()) {
            List<String> items = new ArrayList<>();
            for (int column = 0; column < row.size(); column++) {
                if (!row.get(column).isEmpty()) {
                    items.add(COLUMNS.get(column) + "=" + row.get(column));
                }
            }
            for (int i = 0; i < items.size(); i++) {
                assertThat(result.reportedCombinations()).containsKey(List.of(items.get(i)));
                for (int j = i + 1; j < items.size(); j++) {
                    assertThat(result.reportedCombinations()).containsKey(List.of(items.get(i), items.get(j)));
                }
            }
        }
    }

    @Test
    void aUniqueValueIsNeverReportedOrSynthesised() {
        Table real = cases(3000, 3);
        SyntheticData.Result result = SyntheticData.synthesise(real, SyntheticDataParameters.defaults(), ledger(),
                "synthetic cases", NoiseSources.seeded(4));
        assertThat(result.reportedCombinations()).doesNotContainKey(List.of("citizenship=ISL"));
        assertThat(result.synthetic().values("citizenship")).doesNotContain("ISL");
        assertThat(result.reportedCombinations().values()).allSatisfy(count -> assertThat(count).isGreaterThan(9));
    }

    @Test
    void keepsTheMarginalsOfALargeTableWithTheDefaultBudget() {
        Table real = cases(5000, 5);
        SyntheticData.Result result = SyntheticData.synthesise(real, SyntheticDataParameters.defaults(), ledger(),
                "synthetic cases", NoiseSources.seeded(6));
        UtilityReport report = SyntheticData.evaluate(real, result.synthetic(), 3);
        UtilityReport.Length singles = report.lengths().get(0);
        // Every value but the unique one survives; counts within a few percent.
        assertThat(singles.preservedShare()).isCloseTo(10.0 / 11, within(1e-12));
        assertThat(singles.spuriousShare()).isZero();
        assertThat(singles.meanRelativeError()).isLessThan(0.15);
        assertThat(report.lengths().get(1).preservedShare()).isGreaterThan(0.8);
        assertThat(result.protectedRecordCount()).isCloseTo(5000L, within(3000L));
        assertThat(result.epsilon()).isEqualTo(4.0);
    }

    /** Wide and sparse like CTDC's layout: most cells empty, the values of a case tied together by a latent kind. */
    private static Table sparseCases(int rows, int columns, long seed) {
        RandomGenerator random = NoiseSources.seeded(seed);
        List<String> names = new ArrayList<>();
        for (int column = 0; column < columns; column++) {
            names.add("v" + column);
        }
        List<List<String>> cells = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            int kind = random.nextInt(3);
            List<String> cellsOfRow = new ArrayList<>();
            for (int column = 0; column < columns; column++) {
                boolean recorded = random.nextDouble() < (column < 3 ? 0.95 : 0.3);
                int value = random.nextDouble() < 0.8 ? kind : random.nextInt(3);
                cellsOfRow.add(recorded ? "k" + value : "");
            }
            cells.add(cellsOfRow);
        }
        return new Table(names, cells);
    }

    @Test
    void writesAboutAsManyRecordsAsTheProtectedCountAndKeepsTheMarginals() {
        Table real = sparseCases(8000, 14, 11);
        SyntheticData.Result result = SyntheticData.synthesise(real, SyntheticDataParameters.defaults(),
                new PrivacyBudgetLedger("cases", new BigDecimal("4"), new BigDecimal("0.001")), "synthetic cases",
                NoiseSources.seeded(12));
        long protectedCount = result.protectedRecordCount();
        // A synthetic file is read as a list of people: more rows than people would inflate every count.
        assertThat((long) result.synthetic().size()).isBetween(Math.round(0.97 * protectedCount), protectedCount);
        UtilityReport report = SyntheticData.evaluate(real, result.synthetic(), 3);
        assertThat(report.lengths().get(0).spuriousShare()).isZero();
        assertThat(report.lengths().get(0).meanRelativeError()).isLessThan(0.05);
        // Pairs under the threshold of 10 go unreported and count as wholly wrong; the showcase's unbounded
        // synthesis measured 0.44 here too (8,496 rows), so the bound costs the pairs nothing.
        assertThat(report.lengths().get(1).meanRelativeError()).isLessThan(0.5);
    }

    @Test
    void chargesTheLedgerAndRefusesASecondReleaseBeyondTheBudget() {
        PrivacyBudgetLedger ledger = ledger();
        Table real = cases(500, 7);
        SyntheticDataParameters parameters = SyntheticDataParameters.defaults();
        SyntheticData.synthesise(real, parameters, ledger, "first release", NoiseSources.seeded(8));
        assertThat(ledger.spentEpsilon()).isEqualByComparingTo("4");
        assertThatThrownBy(() -> SyntheticData.synthesise(real, parameters.withEpsilon(0.5), ledger, "second",
                NoiseSources.seeded(9))).isInstanceOf(PrivacyBudgetExceededException.class);
    }

    @Test
    void defaultsAreTheShowcases() {
        SyntheticDataParameters defaults = SyntheticDataParameters.defaults();
        assertThat(defaults.reportingLength()).isEqualTo(3);
        assertThat(defaults.epsilon()).isEqualTo(4.0);
        assertThat(defaults.threshold()).isEqualTo(10.0);
        assertThat(defaults.sigmaProportions()).containsExactly(1.0, 0.5, 1.0 / 3);
        assertThatThrownBy(() -> new SyntheticDataParameters(3, 4, OptionalDouble.empty(), 0.005, List.of(1.0), 10,
                95)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void utilityReportMatchesHandCountedCombinations() {
        Table real = new Table(List.of("a", "b"), List.of(List.of("x", "p"), List.of("x", "q"), List.of("y", "p")));
        Table synthetic = new Table(List.of("a", "b"), List.of(List.of("x", "p"), List.of("x", "p"),
                List.of("z", "")));
        UtilityReport report = SyntheticData.evaluate(real, synthetic, 2);
        UtilityReport.Length singles = report.lengths().get(0);
        // Real: a=x 2, a=y 1, b=p 2, b=q 1. Synthetic: a=x 2, a=z 1, b=p 2.
        assertThat(singles.realCombinations()).isEqualTo(4);
        assertThat(singles.syntheticCombinations()).isEqualTo(3);
        assertThat(singles.meanAbsoluteError()).isCloseTo((0 + 1 + 0 + 1) / 4.0, within(1e-12));
        assertThat(singles.meanRelativeError()).isCloseTo((0 + 1 + 0 + 1) / 4.0, within(1e-12));
        assertThat(singles.preservedShare()).isCloseTo(0.5, within(1e-12));
        assertThat(singles.spuriousShare()).isCloseTo(1.0 / 3, within(1e-12));
        UtilityReport.Length pairs = report.lengths().get(1);
        // Real pairs: (x,p) 1, (x,q) 1, (y,p) 1. Synthetic: (x,p) 2.
        assertThat(pairs.meanAbsoluteError()).isCloseTo((1 + 1 + 1) / 3.0, within(1e-12));
        assertThat(pairs.preservedShare()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(pairs.spuriousShare()).isZero();
    }
}
