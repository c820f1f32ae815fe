package org.cthub.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Warnings and refusals carry a stable code and the values they name, so interfaces can translate them. */
class EstimateWarningTest {

    private static final EstimationOptions WALD = EstimationOptions.defaults().withInterval(IntervalKind.WALD);

    @Test
    void namesTheListsThatShareNoOneAndTheListsLeftOut() {
        CaptureTable table = CaptureTable.parse(new StringReader("""
                A,B,C,EMPTY,count
                1,0,0,0,40
                0,1,0,0,30
                0,0,1,0,20
                1,1,0,0,10
                0,1,1,0,5
                """), "t.csv");

        PopulationEstimate result = new MultipleSystemsEstimator().estimate(table, WALD);

        assertThat(result.diagnostics().notes()).extracting(EstimateWarning::code, EstimateWarning::arguments)
                .contains(org.assertj.core.groups.Tuple.tuple(EstimateWarning.Code.LIST_RECORDS_NO_ONE,
                        List.of("EMPTY")), org.assertj.core.groups.Tuple.tuple(
                        EstimateWarning.Code.LISTS_SHARE_NO_ONE, List.of("A", "C")));
        assertThat(result.diagnostics().nonOverlappingPairs()).containsExactly("A:C");
        assertThat(result.diagnostics().warnings()).as("the English texts, as the JSON gives them")
                .containsExactlyElementsOf(result.diagnostics().notes().stream().map(EstimateWarning::text).toList());
    }

    @Test
    void refusalsSayWhy() {
        CaptureTable seven = CaptureTable.parse(new StringReader("""
                A,B,C,D,E,F,G,count
                1,1,0,0,0,0,0,3
                0,1,1,0,0,0,0,4
                0,0,1,1,0,0,0,5
                0,0,0,1,1,0,0,6
                0,0,0,0,1,1,0,7
                0,0,0,0,0,1,1,8
                1,0,0,0,0,0,1,9
                """), "t.csv");
        CaptureTable uninformative = CaptureTable.parse(new StringReader("A,B,count\n1,1,5\n"), "t.csv");

        assertThat(catchThrowableOfType(UnableToEstimateException.class, () -> new MultipleSystemsEstimator()
                .estimate(seven, WALD.withMethod(ModelChoice.AIC))).reason())
                .isEqualTo(UnableToEstimateException.Reason.TOO_MANY_LISTS_FOR_CATALOGUE);
        assertThat(catchThrowableOfType(UnableToEstimateException.class, () -> new MultipleSystemsEstimator()
                .estimate(uninformative, WALD)).reason())
                .isEqualTo(UnableToEstimateException.Reason.TOO_FEW_INFORMATIVE_LISTS);
    }
}
