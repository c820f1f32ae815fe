package org.cthub.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rcapture's worked example on the HIV data: model Mt + c1:c2 (reference README). */
class RcaptureExampleTest {

    private final CaptureTable hiv = ReferenceData.table("HIV");
    private final LogLinearFit fit = new FixedModel(LogLinearModel.named(hiv.lists(), List.of("c1:c2")))
            .select(hiv.countsByHistory()).chosen();

    @Test
    void estimateAndRcapturesStandardErrorMatch() {
        // Rcapture's SE of N̂ by the delta method: sqrt(exp(β₀) + exp(2β₀) var(β₀)).
        double se = Math.sqrt(fit.darkFigure() + fit.darkFigure() * fit.darkFigure() * fit.interceptVariance());

        assertThat(fit.estimate()).isCloseTo(12318.5, within(0.05));
        assertThat(se).isCloseTo(1188.7, within(0.05));
    }

    @Test
    void profileIntervalMatches() {
        ProfileLikelihood.Result profile = ProfileLikelihood.interval(fit, 0.95);

        assertThat(profile.lower()).isCloseTo(10266.0, within(0.05));
        assertThat(profile.upper()).isCloseTo(14992.3, within(0.05));
    }

    @Test
    void mainEffectsEstimateMatches() {
        assertThat(new FixedModel(LogLinearModel.mainEffects(4)).select(hiv.countsByHistory()).chosen().estimate())
                .isCloseTo(11124.6, within(0.05));
    }
}
