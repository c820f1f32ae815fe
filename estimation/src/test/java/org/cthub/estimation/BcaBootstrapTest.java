package org.cthub.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class BcaBootstrapTest {

    /**
     * SparseMSE 2.0.1 {@code estimatepopulation(zdat, nboot = 1000, pthresh = 0.02, iseed = 1234)}: the anchors of
     * expected.csv (rounded to 0.1) and the acceleration R printed with them.
     */
    static Stream<Arguments> anchors() {
        return Stream.of(
                Arguments.of("NewOrl_5", 1034.2, 588.8, 1703.7, 599.0, 1256.2, -0.05516147),
                Arguments.of("Western", 2483.4, 1293.2, 3672.0, 1343.3, 2998.5, -0.09501026));
    }

    /** The same runs printed by R 4.2.2 (see the resources README), to more digits, with two sparser datasets. */
    static Stream<Arguments> sparseMseRuns() {
        return Stream.of(
                Arguments.of("NewOrl_5", 1034.151, 588.8175, 1703.6937, 598.9854, 1256.1526, -0.05516147),
                Arguments.of("Western", 2483.384, 1293.214, 3672.037, 1343.289, 2998.539, -0.09501026),
                Arguments.of("NewOrl", 1183.692, 658.1386, 1713.3766, 658.1386, 1282.5777, -0.02933242),
                Arguments.of("Ned_5", 121521.6, 47393.14, 162845.54, 107091.98, 152813.72, -0.01659998));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sparseMseRuns")
    void reproducesSparseMsesBcaLimitsFromItsOwnResamples(String dataset, double estimate, double low95,
            double high95, double low80, double high80, double acceleration) {
        CaptureTable table = ReferenceData.table(dataset);
        long[][] resamples = sparseMseResamples(dataset, table);
        ModelSelector stepwise = new StepwiseSelection(table.listCount(), 0.02, new ExistenceCheck());
        double fitted = stepwise.select(table.countsByHistory()).chosen().estimate();

        BcaBootstrap.Result result;
        try (ForkJoinPool pool = new ForkJoinPool(2)) {
            result = BcaBootstrap.fromResamples(table.countsByHistory(), stepwise, fitted, resamples.length,
                    j -> resamples[j], pool);
        }

        // R printed 7 significant digits.
        assertThat(fitted).isCloseTo(estimate, within(1e-6 * estimate));
        assertThat(result.acceleration()).isCloseTo(acceleration, within(1e-8));
        assertThat(result.ci95().low()).isCloseTo(low95, within(1e-6 * low95));
        assertThat(result.ci95().high()).isCloseTo(high95, within(1e-6 * high95));
        assertThat(result.ci80().low()).isCloseTo(low80, within(1e-6 * low80));
        assertThat(result.ci80().high()).isCloseTo(high80, within(1e-6 * high80));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"NewOrl_5", "Western", "NewOrl", "Ned_5"})
    void everyReplicateChoosesAndFitsAsSparseMseDoes(String dataset) {
        CaptureTable table = ReferenceData.table(dataset);
        long[][] resamples = sparseMseResamples(dataset, table);
        double[] expected = sparseMseEstimates(dataset);
        ModelSelector stepwise = new StepwiseSelection(table.listCount(), 0.02, new ExistenceCheck());

        for (int j = 0; j < resamples.length; j++) {
            double estimate = stepwise.select(resamples[j]).chosen().estimate();
            // Degenerate replicates (a list with no one) stop where glm's convergence rule stops: 1e-8 relative.
            assertThat(estimate).as("replicate %d", j + 1).isCloseTo(expected[j], within(1e-8 * expected[j]));
        }
    }

    /**
     * Our own resampling (SplittableRandom, not R's stream) at 1000 replicates, against the same anchors. Over 30
     * seeds the standard deviation of each limit was 4–7% of the interval's width (NewOrl_5: 45 and 56; Western: 83
     * and 151), so two independent 1000-replicate runs differ with a standard deviation of about 6–9% of the width;
     * the tolerance, 25% of the width, is about three of those.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("anchors")
    void ownResamplingAgreesWithSparseMseWithinMonteCarloError(String dataset, double estimate, double low95,
            double high95, double low80, double high80, double acceleration) {
        PopulationEstimate result = new MultipleSystemsEstimator().estimate(ReferenceData.table(dataset),
                EstimationOptions.defaults().withBootstrap(1000, 1234));
        double tolerance = 0.25 * (high95 - low95);

        assertThat(result.ci95().low()).isCloseTo(low95, within(tolerance));
        assertThat(result.ci95().high()).isCloseTo(high95, within(tolerance));
        assertThat(result.ci80().low()).isCloseTo(low80, within(tolerance));
        assertThat(result.ci80().high()).isCloseTo(high80, within(tolerance));
    }

    @Test
    void sameSeedGivesTheSameIntervalWhateverTheNumberOfThreads() {
        CaptureTable table = ReferenceData.table("NewOrl_5");
        EstimationOptions options = EstimationOptions.defaults().withBootstrap(200, 99);

        PopulationEstimate one = new MultipleSystemsEstimator().estimate(table, options.withThreads(1));
        PopulationEstimate two = new MultipleSystemsEstimator().estimate(table, options.withThreads(2));
        PopulationEstimate otherSeed = new MultipleSystemsEstimator().estimate(table,
                EstimationOptions.defaults().withBootstrap(200, 100));

        assertThat(two.ci95()).isEqualTo(one.ci95());
        assertThat(two.ci80()).isEqualTo(one.ci80());
        assertThat(otherSeed.ci95()).isNotEqualTo(one.ci95());
    }

    @Test
    void intervalsAreOrderedAroundTheEstimate() {
        PopulationEstimate result = new MultipleSystemsEstimator().estimate(ReferenceData.table("Western"),
                EstimationOptions.defaults().withBootstrap(200, 7));

        assertThat(result.interval()).isEqualTo(IntervalKind.BCA);
        assertThat(result.ci95().low()).isLessThanOrEqualTo(result.ci80().low());
        assertThat(result.ci80().low()).isLessThan(result.estimate());
        assertThat(result.ci80().high()).isGreaterThan(result.estimate());
        assertThat(result.ci95().high()).isGreaterThanOrEqualTo(result.ci80().high());
        assertThat(result.diagnostics().warnings()).anyMatch(warning -> warning.contains("Monte-Carlo"));
    }

    @Test
    void quantileIsRsTypeEight() {
        double[] sorted = {1.5, 2.0, 3.2, 4.4, 5.5, 7.7, 9.1};

        // R 4.2: quantile(c(3.2, 1.5, 9.1, 4.4, 7.7, 2.0, 5.5), p, type = 8)
        assertThat(BcaBootstrap.quantileType8(sorted, 0.0001)).isEqualTo(1.5);
        assertThat(BcaBootstrap.quantileType8(sorted, 0.1)).isCloseTo(1.53333333333333, within(1e-12));
        assertThat(BcaBootstrap.quantileType8(sorted, 0.5)).isCloseTo(4.4, within(1e-12));
        assertThat(BcaBootstrap.quantileType8(sorted, 0.657)).isCloseTo(5.83293333333333, within(1e-12));
        assertThat(BcaBootstrap.quantileType8(sorted, 0.9)).isCloseTo(9.00666666666667, within(1e-12));
        assertThat(BcaBootstrap.quantileType8(sorted, 0.975)).isEqualTo(9.1);
    }

    @Test
    void accelerationWeighsEachJackknifeValueByItsCount() {
        long[] counts = {0, 2, 1, 1};
        double[] jackknife = {10, 13, 7};
        List<EstimateWarning> warnings = new ArrayList<>();

        // mean = (2·10 + 13 + 7)/4 = 10; d = 0, −3, 3: Σc·d³ = 0.
        assertThat(BcaBootstrap.acceleration(counts, new int[] {1, 2, 3}, jackknife, warnings)).isZero();
        double skewed = BcaBootstrap.acceleration(counts, new int[] {1, 2, 3}, new double[] {10, 10, 14}, warnings);
        // mean 11; d = 1, 1, −3: Σc·d³ = 2 + 1 − 27 = −24; Σc·d² = 2 + 1 + 9 = 12.
        assertThat(skewed).isCloseTo(-24 / (6 * Math.pow(12, 1.5)), within(1e-15));
    }

    private static double[] sparseMseEstimates(String dataset) {
        String name = "/mse/sparsemse-resamples/" + dataset + "_bootreps.csv";
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                BcaBootstrapTest.class.getResourceAsStream(name), StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).map(CaptureTableCsv::cells)
                    .mapToDouble(row -> Double.parseDouble(row.get(1))).toArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** R's resamples, from sparsemse-resamples/: one column per replicate, rows as the dataset's CSV. */
    private static long[][] sparseMseResamples(String dataset, CaptureTable table) {
        String name = "/mse/sparsemse-resamples/" + dataset + "_boottables.csv";
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                BcaBootstrapTest.class.getResourceAsStream(name), StandardCharsets.UTF_8))) {
            List<List<String>> rows = reader.lines().skip(1).map(CaptureTableCsv::cells).toList();
            int lists = table.listCount();
            int replicates = rows.get(0).size() - lists;
            long[][] resamples = new long[replicates][1 << lists];
            for (List<String> row : rows) {
                int history = 0;
                for (int i = 0; i < lists; i++) {
                    history |= row.get(i).equals("1") ? 1 << i : 0;
                }
                for (int j = 0; j < replicates; j++) {
                    resamples[j][history] += Long.parseLong(row.get(lists + j));
                }
            }
            return resamples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
