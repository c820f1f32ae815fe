package org.cthub.privacy.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.cthub.privacy.Table;
import org.junit.jupiter.api.Test;

/**
 * sdcMicro's published test values: {@code tests/testthat/test_indivRisk.R} (keys A, B, C and weights; method
 * "approx", qual 1, survey TRUE), rounded there to 8 significant digits.
 */
class SdcMicroRiskTest {

    private static final int[] A = {2, 3, 2, 2, 3, 3, 1, 2};
    private static final int[] B = {3, 3, 3, 3, 3, 3, 4, 3};
    private static final int[] C = {1, 3, 1, 2, 1, 1, 1, 1};
    private static final List<Double> WEIGHTS = List.of(18.0, 45.5, 39.0, 17.0, 92.0, 8.0, 123.5, 51.0);

    private static Table table() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < A.length; i++) {
            rows.add(List.of(String.valueOf(A[i]), String.valueOf(B[i]), String.valueOf(C[i])));
        }
        return new Table(List.of("A", "B", "C"), rows);
    }

    @Test
    void weightedIndividualRiskMatchesSdcMicro() {
        SdcMicroRisk.Result result = SdcMicroRisk.measure(table(), List.of("A", "B", "C"), WEIGHTS);
        double[] expected = {0.01369863, 0.08579129, 0.01369863, 0.17707583, 0.01877883, 0.01877883, 0.03931625,
            0.01369863};
        for (int i = 0; i < expected.length; i++) {
            assertThat(result.individual().get(i)).isCloseTo(expected[i], within(5e-9));
        }
        double sum = java.util.Arrays.stream(expected).sum();
        assertThat(result.expectedReidentifications()).isCloseTo(sum, within(4e-8));
        assertThat(result.global()).isCloseTo(sum / 8, within(5e-9));
    }

    @Test
    void unweightedRiskIsOneOverTheSampleFrequency() {
        SdcMicroRisk.Result result = SdcMicroRisk.measure(table(), List.of("A", "B", "C"));
        assertThat(result.individual()).containsExactly(1.0 / 3, 1.0, 1.0 / 3, 1.0, 0.5, 0.5, 1.0, 1.0 / 3);
        // Five classes over eight records: the average prosecutor risk.
        assertThat(result.global()).isCloseTo(5.0 / 8, within(1e-12));
    }

    @Test
    void unitWeightsGiveTheSameRiskAsNoWeights() {
        List<Double> ones = java.util.Collections.nCopies(8, 1.0);
        assertThat(SdcMicroRisk.measure(table(), List.of("A", "B", "C"), ones).individual())
                .isEqualTo(SdcMicroRisk.measure(table(), List.of("A", "B", "C")).individual());
    }
}
