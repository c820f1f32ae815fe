package org.cthub.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class EstimationPropertiesTest {

    private static final List<String> DATASETS = List.of("Western", "NewOrl_5", "Kosovo", "Korea", "lesbian",
            "Ned_5", "HIV");

    @Provide
    Arbitrary<String> datasets() {
        return Arbitraries.of(DATASETS);
    }

    @Provide
    Arbitrary<ModelChoice> methods() {
        return Arbitraries.of(ModelChoice.MAIN_EFFECTS, ModelChoice.STEPWISE);
    }

    @Property(tries = 40)
    void estimateDoesNotDependOnTheOrderOfLists(@ForAll("datasets") String dataset,
            @ForAll("methods") ModelChoice method, @ForAll long shuffleSeed) {
        CaptureTable table = ReferenceData.table(dataset);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < table.listCount(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(shuffleSeed));
        CaptureTable permuted = table.withListsInOrder(order.stream().mapToInt(Integer::intValue).toArray());
        EstimationOptions options = EstimationOptions.defaults().withMethod(method).withInterval(IntervalKind.WALD);

        PopulationEstimate original = new MultipleSystemsEstimator().estimate(table, options);
        PopulationEstimate reordered = new MultipleSystemsEstimator().estimate(permuted, options);

        assertThat(reordered.estimate()).isCloseTo(original.estimate(), within(1e-9 * original.estimate()));
        assertThat(reordered.ci95().high()).isCloseTo(original.ci95().high(), within(1e-8 * original.estimate()));
        assertThat(reordered.model().stream().map(EstimationPropertiesTest::sortedLists).sorted().toList())
                .isEqualTo(original.model().stream().map(EstimationPropertiesTest::sortedLists).sorted().toList());
    }

    @Property(tries = 20)
    void estimateDoesNotDependOnTheOrderOfRows(@ForAll("datasets") String dataset, @ForAll long shuffleSeed) {
        CaptureTable table = ReferenceData.table(dataset);
        List<String> rows = new ArrayList<>();
        for (int history = 1; history < 1 << table.listCount(); history++) {
            if (table.count(history) > 0) {
                StringBuilder row = new StringBuilder();
                for (int i = 0; i < table.listCount(); i++) {
                    row.append((history >> i) & 1).append(',');
                }
                rows.add(row.append(table.count(history)).toString());
            }
        }
        Collections.shuffle(rows, new Random(shuffleSeed));
        String csv = String.join(",", table.lists()) + ",count\n" + String.join("\n", rows) + "\n";

        CaptureTable reread = CaptureTable.parse(new StringReader(csv), "shuffled.csv");

        assertThat(reread).isEqualTo(table);
        EstimationOptions options = EstimationOptions.defaults().withInterval(IntervalKind.WALD);
        assertThat(new MultipleSystemsEstimator().estimate(reread, options).estimate())
                .isEqualTo(new MultipleSystemsEstimator().estimate(table, options).estimate());
    }

    /**
     * 100 tables of 2,000 people from a four-list model with one interaction (A:B, effect 1.0): the 95% Wald interval
     * of the true model should hold the population about 95 times. Below 85 has probability about 1e-4 per try.
     */
    @Property(tries = 3)
    void waldIntervalCoversTheTruePopulationAtAboutTheNominalRate(@ForAll long seed) {
        int population = 2000;
        Simulation simulation = new Simulation(4, new double[] {-1.7, -1.4, -2.2, -1.1},
                List.of(new int[] {0b0011}), new double[] {1.0});
        SplittableRandom random = new SplittableRandom(seed);
        LogLinearModel truth = new LogLinearModel(4, List.of(0b0011));
        int covered = 0;
        for (int run = 0; run < 100; run++) {
            LogLinearFit fit = new FixedModel(truth).select(simulation.draw(population, random)).chosen();
            PopulationEstimate.Interval interval = WaldInterval.of(fit, 0.95);
            covered += interval.low() <= population && population <= interval.high() ? 1 : 0;
        }

        assertThat(covered).isBetween(85, 100);
    }

    private static String sortedLists(String interaction) {
        String[] lists = interaction.split(":");
        java.util.Arrays.sort(lists);
        return String.join(":", lists);
    }
}
