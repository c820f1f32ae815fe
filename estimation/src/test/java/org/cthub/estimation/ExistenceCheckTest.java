package org.cthub.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExistenceCheckTest {

    /** Chan, Silverman & Vincent (2021) Tables 2–3, as listed in the reference README. */
    static Stream<Arguments> artificialThreeModels() {
        return Stream.of(
                Arguments.of(List.of(), 0),
                Arguments.of(List.of("A:C"), 0),
                Arguments.of(List.of("B:C"), 0),
                Arguments.of(List.of("A:C", "B:C"), 0),
                Arguments.of(List.of("A:B"), 1),
                Arguments.of(List.of("A:B", "A:C"), 1),
                Arguments.of(List.of("A:B", "B:C"), 1),
                Arguments.of(List.of("A:B", "A:C", "B:C"), 2));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("artificialThreeModels")
    void givesSparseMsesCheckidentCodesOnArtificialThree(List<String> interactions, int code) {
        CaptureTable table = ReferenceData.table("Artificial_3");

        Identifiability result = new ExistenceCheck().sparseMse(table.countsByHistory(),
                LogLinearModel.named(table.lists(), interactions));

        assertThat(result.code()).isEqualTo(code);
    }

    /**
     * The simplex against commons-math3's on random small tables and models (the original, unreduced form of the
     * Fienberg–Rinaldo program: maximise s subject to Aᵀx = t, x ≥ s, x ≥ 0).
     */
    @Property(tries = 200)
    void linearProgramOptimumAgreesWithAnIndependentSolver(
            @ForAll @Size(7) List<@IntRange(min = 0, max = 3) Integer> cellCounts,
            @ForAll @Size(3) List<Boolean> pairsIncluded) {
        long[] counts = new long[8];
        for (int history = 1; history < 8; history++) {
            counts[history] = cellCounts.get(history - 1);
        }
        if (java.util.Arrays.stream(counts).sum() == 0) {
            return;
        }
        List<Integer> interactions = new ArrayList<>();
        int[] pairs = StepwiseSelection.pairs(3);
        for (int k = 0; k < 3; k++) {
            if (pairsIncluded.get(k)) {
                interactions.add(pairs[k]);
            }
        }
        ModelFrame frame = ModelFrame.of(counts, new LogLinearModel(3, interactions),
                ModelFrame.EmptyTerms.INTERACTIONS);

        double ours = ExistenceLp.optimum(frame.design(), frame.counts);

        assertThat(ours).isCloseTo(commonsMathOptimum(frame), within(1e-7));
    }

    private static double commonsMathOptimum(ModelFrame frame) {
        double[][] design = frame.design();
        int cells = frame.cells.length;
        double[] objective = new double[cells + 1];
        objective[cells] = 1;
        List<LinearConstraint> constraints = new ArrayList<>();
        for (double[] term : design) {
            double statistic = 0;
            for (int k = 0; k < cells; k++) {
                statistic += term[k] * frame.counts[k];
            }
            constraints.add(new LinearConstraint(java.util.Arrays.copyOf(term, cells + 1), Relationship.EQ,
                    statistic));
        }
        for (int k = 0; k < cells; k++) {
            double[] row = new double[cells + 1];
            row[k] = 1;
            row[cells] = -1;
            constraints.add(new LinearConstraint(row, Relationship.GEQ, 0));
        }
        return new SimplexSolver().optimize(new MaxIter(10_000), new LinearObjectiveFunction(objective, 0),
                new LinearConstraintSet(constraints), GoalType.MAXIMIZE, new NonNegativeConstraint(true)).getValue();
    }
}
