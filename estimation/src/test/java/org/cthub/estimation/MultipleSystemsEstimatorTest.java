package org.cthub.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MultipleSystemsEstimatorTest {

    private final MultipleSystemsEstimator estimator = new MultipleSystemsEstimator();
    private final EstimationOptions wald = EstimationOptions.defaults().withInterval(IntervalKind.WALD);

    @Test
    void twoListsGiveTheLincolnPetersenEstimate() {
        long[] counts = {0, 30, 20, 10};
        CaptureTable table = CaptureTable.of(List.of("police", "shelter"), counts);

        PopulationEstimate result = estimator.estimate(table, wald.withMethod(ModelChoice.MAIN_EFFECTS));

        // N = n1·n2/m = 40·30/10.
        assertThat(result.estimate()).isCloseTo(120, within(1e-9));
        assertThat(result.darkFigure()).isCloseTo(60, within(1e-9));
        assertThat(result.observed()).isEqualTo(60);
    }

    @Test
    void reportsTheStepwiseModelWithItsDiagnosticsAndPath() {
        PopulationEstimate result = estimator.estimate(ReferenceData.table("Western"), wald);

        assertThat(result.lists()).containsExactly("A", "B", "C", "D", "E");
        assertThat(result.model()).containsExactly("A:E");
        assertThat(result.method()).isEqualTo(ModelChoice.STEPWISE);
        assertThat(result.interval()).isEqualTo(IntervalKind.WALD);
        assertThat(result.ci95().low()).isCloseTo(1657.09, within(0.006));
        assertThat(result.ci95().high()).isCloseTo(3830.03, within(0.006));
        assertThat(result.diagnostics().identifiability()).isEqualTo(Identifiability.OK);
        assertThat(result.diagnostics().nonOverlappingPairs()).isEmpty();
        assertThat(result.candidates()).extracting(PopulationEstimate.Candidate::model)
                .containsExactly(List.of(), List.of("A:E"));
        assertThat(result.candidates()).extracting(PopulationEstimate.Candidate::chosen).containsExactly(false, true);
    }

    @Test
    void namesPairsOfListsFittedAtMinusInfinity() {
        PopulationEstimate result = estimator.estimate(ReferenceData.table("Ned_5"), wald);

        assertThat(result.diagnostics().nonOverlappingPairs()).containsExactly("K:R");
        assertThat(result.diagnostics().warnings()).anyMatch(warning -> warning.contains("minus infinity"));
        assertThat(result.estimate()).isCloseTo(121521.614, within(1e-3));
    }

    @Test
    void profileIntervalIsRcaptures() {
        PopulationEstimate result = estimator.estimate(ReferenceData.table("Western"),
                wald.withInterval(IntervalKind.PROFILE));

        assertThat(result.interval()).isEqualTo(IntervalKind.PROFILE);
        assertThat(result.ci95().low()).isCloseTo(1680.61, within(0.01));
        assertThat(result.ci95().high()).isCloseTo(3928.08, within(0.01));
        assertThat(result.ci80().low()).isGreaterThan(result.ci95().low());
        assertThat(result.ci80().high()).isLessThan(result.ci95().high());
    }

    @Test
    void aListOnWhichNoOneAppearsChangesNothing() {
        CaptureTable western = ReferenceData.table("Western");
        long[] counts = new long[1 << 6];
        for (int history = 1; history < 1 << 5; history++) {
            counts[history] = western.count(history);
        }
        List<String> lists = new ArrayList<>(western.lists());
        lists.add("EMPTY");

        PopulationEstimate withEmpty = estimator.estimate(CaptureTable.of(lists, counts), wald);

        assertThat(withEmpty.estimate()).isCloseTo(2483.384, within(1e-3));
        assertThat(withEmpty.model()).containsExactly("A:E");
        assertThat(withEmpty.lists()).containsExactly("A", "B", "C", "D", "E");
        assertThat(withEmpty.diagnostics().warnings()).anyMatch(warning -> warning.contains("EMPTY"));
    }

    @Test
    void aListThatDuplicatesAnotherIsLeftOut() {
        CaptureTable table = CaptureTable.of(List.of("A", "A2", "B"), new long[] {0, 0, 0, 30, 20, 0, 0, 10});

        PopulationEstimate result = estimator.estimate(table, wald.withMethod(ModelChoice.MAIN_EFFECTS));

        assertThat(result.lists()).containsExactly("A", "B");
        assertThat(result.estimate()).isCloseTo(120, within(1e-9));
        assertThat(result.diagnostics().warnings()).anyMatch(warning -> warning.contains("same people"));
    }

    @Test
    void handlesTenListsStepwise() {
        Simulation simulation = new Simulation(10, new double[] {-2.0, -2.5, -1.8, -2.2, -3.0, -2.0, -2.7, -1.9,
                -2.4, -2.1}, List.of(new int[] {0b11}), new double[] {1.2});
        long[] counts = simulation.draw(5000, new SplittableRandom(42));

        PopulationEstimate result = estimator.estimate(CaptureTable.of(Simulation.names(10), counts), wald);

        assertThat(result.model()).contains("A:B");
        assertThat(result.estimate()).isBetween(4000.0, 6000.0);
        assertThat(result.ci95().low()).isLessThan(5000);
        assertThat(result.ci95().high()).isGreaterThan(5000);
    }

    @Test
    void refusesAFixedModelThatIsNotIdentifiable() {
        assertThatThrownBy(() -> estimator.estimate(ReferenceData.table("Artificial_3"),
                wald.withFixedModel(List.of("A:B", "A:C", "B:C"))))
                .isInstanceOf(UnableToEstimateException.class)
                .hasMessageContaining("not identifiable");
    }

    @Test
    void warnsWhenTheChosenModelFailsCheckident() {
        PopulationEstimate result = estimator.estimate(ReferenceData.table("Artificial_3"),
                wald.withFixedModel(List.of("A:B")));

        assertThat(result.diagnostics().identifiability()).isEqualTo(Identifiability.DOES_NOT_EXIST);
        assertThat(result.diagnostics().warnings()).anyMatch(warning -> warning.contains("code 1"));
    }

    @Test
    void refusesAFixedModelNamingAnUnknownList() {
        assertThatThrownBy(() -> estimator.estimate(ReferenceData.table("Western"),
                wald.withFixedModel(List.of("A:Z")))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Z");
    }

    @Test
    void refusesAicOnMoreListsThanTheCatalogueCovers() {
        assertThatThrownBy(() -> estimator.estimate(ReferenceData.table("NewOrl"),
                wald.withMethod(ModelChoice.AIC))).isInstanceOf(UnableToEstimateException.class)
                .hasMessageContaining("stepwise");
    }

    @Test
    void bicReportsTheBestModelsAsCandidates() {
        PopulationEstimate result = estimator.estimate(ReferenceData.table("Kosovo"),
                wald.withMethod(ModelChoice.BIC));

        assertThat(result.candidates()).hasSize(20);
        assertThat(result.candidates().get(0).chosen()).isTrue();
        assertThat(result.candidates()).isSortedAccordingTo(
                java.util.Comparator.comparingDouble(PopulationEstimate.Candidate::bic));
    }
}
