package org.cthub.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Model choice: SparseMSE's stepwise and MultipleSystemsEstimation's AIC/BIC against published and anchor models. */
class ModelChoiceAnchorsTest {

    static Stream<ReferenceData.Anchor> stepwiseAnchors() {
        return ReferenceData.anchors().stream().filter(anchor -> anchor.method().startsWith("stepwise"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stepwiseAnchors")
    void stepwiseChoosesExactlySparseMsesModel(ReferenceData.Anchor anchor) {
        CaptureTable table = ReferenceData.table(anchor.dataset());
        double threshold = Double.parseDouble(anchor.method().substring("stepwise_p".length()));

        LogLinearFit fit = new StepwiseSelection(table.listCount(), threshold, new ExistenceCheck())
                .select(table.countsByHistory()).chosen();

        List<String> expected = LogLinearModel.named(table.lists(), anchor.allInteractions()).names(table.lists());
        assertThat(fit.model().names(table.lists())).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(fit.estimate()).isCloseTo(anchor.estimate(), within(Math.max(5e-4, 1e-6 * anchor.estimate())));
    }

    @Test
    void stepwiseAddsInteractionsInSparseMsesOrder() {
        CaptureTable table = ReferenceData.table("Ned");

        LogLinearFit fit = new StepwiseSelection(6, 0.02, new ExistenceCheck())
                .select(table.countsByHistory()).chosen();

        assertThat(fit.model().names(table.lists()))
                .containsExactly("O:Z", "P:Z", "I:Z", "P:R", "O:P", "K:R", "I:K", "K:O");
    }

    @Test
    void stepwiseReproducesThePublishedNewOrleansAndWesternChoices() {
        PopulationEstimate newOrleans = wald("NewOrl", EstimationOptions.defaults());
        PopulationEstimate western = wald("Western", EstimationOptions.defaults());

        assertThat(newOrleans.model()).containsExactly("D:E");
        assertThat(Math.round(newOrleans.estimate())).isEqualTo(1184);
        assertThat(western.model()).containsExactly("A:E");
        assertThat(Math.round(western.estimate())).isEqualTo(2483);
    }

    @Test
    void bicOverAllHierarchicalModelsGivesThePublishedKosovoEstimate() {
        PopulationEstimate kosovo = wald("Kosovo", EstimationOptions.defaults().withMethod(ModelChoice.BIC));

        // Silverman, Chan & Vincent (2024) Table 6: 10,357 with model [123;14;34] (EXH=1, ABA=2, OSCE=3, HRW=4).
        assertThat(Math.round(kosovo.estimate())).isEqualTo(10357);
        assertThat(kosovo.model()).containsExactlyInAnyOrder("EXH:ABA", "EXH:OSCE", "ABA:OSCE", "EXH:HRW",
                "OSCE:HRW", "EXH:ABA:OSCE");
    }

    @Test
    void bicUpToOrderTwoOnKosovoGivesThePublishedEstimate() {
        PopulationEstimate kosovo = wald("Kosovo",
                EstimationOptions.defaults().withMethod(ModelChoice.BIC).withMaxOrder(2));

        // Silverman, Chan & Vincent (2024) Table 6, BIC with maximum order 2: 14,342.
        assertThat(Math.round(kosovo.estimate())).isEqualTo(14342);
    }

    @Test
    void bicGivesThePublishedKoreaEstimate() {
        PopulationEstimate korea = wald("Korea", EstimationOptions.defaults().withMethod(ModelChoice.BIC));

        // Silverman, Chan & Vincent (2024) Tables 3 and 6: 157 with model [12;23].
        assertThat(Math.round(korea.estimate())).isEqualTo(157);
        assertThat(korea.model()).containsExactlyInAnyOrder("b:c", "c:d");
    }

    @Test
    void bicChoosesMainEffectsForNewOrleansFiveLists() {
        PopulationEstimate newOrleans = wald("NewOrl_5_186", EstimationOptions.defaults().withMethod(ModelChoice.BIC));
        PopulationEstimate orderTwo = wald("NewOrl_5_186",
                EstimationOptions.defaults().withMethod(ModelChoice.BIC).withMaxOrder(2));

        // Silverman, Chan & Vincent (2024) Table 6: 981, main effects, both searches.
        assertThat(newOrleans.model()).isEmpty();
        assertThat(Math.round(newOrleans.estimate())).isEqualTo(981);
        assertThat(orderTwo.model()).isEmpty();
    }

    @Test
    void aicChoosesRcapturesHivModel() {
        PopulationEstimate hiv = wald("HIV", EstimationOptions.defaults().withMethod(ModelChoice.AIC));

        // Rcapture's worked example: Mt + c1:c2, N̂ 12318.5.
        assertThat(hiv.model()).containsExactly("c1:c2");
        assertThat(hiv.estimate()).isCloseTo(12318.5, within(0.05));
    }

    @Test
    void mainEffectsGivesThePublishedNewOrleansEstimate() {
        assertThat(Math.round(wald("NewOrl", EstimationOptions.defaults().withMethod(ModelChoice.MAIN_EFFECTS))
                .estimate())).isEqualTo(997);
    }

    private static PopulationEstimate wald(String dataset, EstimationOptions options) {
        return new MultipleSystemsEstimator().estimate(ReferenceData.table(dataset),
                options.withInterval(IntervalKind.WALD));
    }
}
