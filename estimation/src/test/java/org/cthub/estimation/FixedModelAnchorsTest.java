package org.cthub.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fixed models against SparseMSE 2.0.1 ({@code modelfit}, {@code estimatepopulation.0}) and Rcapture 1.4-4
 * ({@code closedpCI.t}) on every dataset of anchor_fixed_models.csv.
 */
class FixedModelAnchorsTest {

    /** N̂, intercept, its SE, deviance and AIC are given to 7–9 significant digits. */
    private static final double RELATIVE = 1e-6;

    static Stream<ReferenceData.Anchor> anchors() {
        return ReferenceData.anchors().stream();
    }

    static Stream<ReferenceData.Anchor> profileAnchors() {
        return anchors().filter(ReferenceData.Anchor::hasProfile);
    }

    private static LogLinearFit fit(ReferenceData.Anchor anchor) {
        CaptureTable table = ReferenceData.table(anchor.dataset());
        LogLinearModel model = LogLinearModel.named(table.lists(), anchor.allInteractions());
        return new FixedModel(model).select(table.countsByHistory()).chosen();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("anchors")
    void matchesSparseMseEstimateDevianceAndAic(ReferenceData.Anchor anchor) {
        LogLinearFit fit = fit(anchor);

        assertThat(fit.converged()).isTrue();
        // N̂ is rounded to 3 decimals in the file.
        assertThat(fit.estimate()).isCloseTo(anchor.estimate(), within(Math.max(5e-4, RELATIVE * anchor.estimate())));
        assertThat(fit.intercept()).isCloseTo(anchor.intercept(), within(RELATIVE * Math.abs(anchor.intercept())));
        assertThat(fit.interceptStandardError())
                .isCloseTo(anchor.interceptSe(), within(RELATIVE * anchor.interceptSe()));
        assertThat(fit.deviance()).isCloseTo(anchor.deviance(), within(RELATIVE * anchor.deviance() + 5e-6));
        assertThat(fit.residualDegreesOfFreedom()).isEqualTo(anchor.residualDf());
        assertThat(fit.aic()).isCloseTo(anchor.aic(), within(RELATIVE * anchor.aic() + 5e-5));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("anchors")
    void fixesTheSameEmptyOverlapsAtMinusInfinity(ReferenceData.Anchor anchor) {
        CaptureTable table = ReferenceData.table(anchor.dataset());
        List<String> empty = fit(anchor).frame().emptyPairs().stream()
                .map(pair -> LogLinearModel.name(pair, table.lists())).toList();

        assertThat(empty).containsExactlyInAnyOrderElementsOf(
                anchor.emptyOverlaps().stream().map(name -> canonical(name, table.lists())).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("anchors")
    void waldIntervalOnTheLogDarkFigureMatches(ReferenceData.Anchor anchor) {
        PopulationEstimate.Interval wald = WaldInterval.of(fit(anchor), 0.95);

        // The anchors are rounded to 2 decimals.
        assertThat(wald.low()).isCloseTo(anchor.waldLow(), within(Math.max(0.006, RELATIVE * anchor.waldLow())));
        assertThat(wald.high()).isCloseTo(anchor.waldHigh(), within(Math.max(0.006, RELATIVE * anchor.waldHigh())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profileAnchors")
    void profileLikelihoodIntervalMatchesRcapture(ReferenceData.Anchor anchor) {
        ProfileLikelihood.Result profile = ProfileLikelihood.interval(fit(anchor), 0.95);

        // Rcapture searches with optimize/uniroot at tol 1e-4 and the anchors are rounded to 2 decimals.
        assertThat(profile.mode()).isCloseTo(anchor.profileMode(), withinPercentage(0.01));
        assertThat(profile.lower()).isCloseTo(anchor.profileLow(), withinPercentage(0.01));
        assertThat(profile.upper()).isCloseTo(anchor.profileHigh(), withinPercentage(0.01));
    }

    private static String canonical(String name, List<String> lists) {
        return LogLinearModel.name(LogLinearModel.named(lists, List.of(name)).interactions().get(0), lists);
    }
}
