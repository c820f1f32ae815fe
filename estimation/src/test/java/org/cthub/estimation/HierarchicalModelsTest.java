package org.cthub.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HierarchicalModelsTest {

    @ParameterizedTest(name = "{0} lists, order {1}")
    @CsvSource({"3, 2", "4, 2", "4, 3", "5, 2"})
    void enumeratesExactlyTheHierarchicalModelsFoundByBruteForce(int lists, int maxOrder) {
        Set<Set<Integer>> enumerated = new HashSet<>();
        for (LogLinearModel model : HierarchicalModels.enumerate(lists, maxOrder)) {
            enumerated.add(new HashSet<>(model.interactions()));
        }

        assertThat(enumerated).hasSize(HierarchicalModels.enumerate(lists, maxOrder).size())
                .isEqualTo(bruteForce(lists, maxOrder));
    }

    @Test
    void countsMatchMultipleSystemsEstimationsCatalogue() {
        assertThat(HierarchicalModels.enumerate(3, 2)).hasSize(8);
        assertThat(HierarchicalModels.enumerate(6, 2)).hasSize(32_768);
        assertThat(HierarchicalModels.enumerate(4, 3).get(0).interactions()).isEmpty();
    }

    @Test
    void refusesCataloguesLargerThanMultipleSystemsEstimations() {
        assertThatThrownBy(() -> HierarchicalModels.enumerate(7, 2)).isInstanceOf(UnableToEstimateException.class)
                .hasMessageContaining("stepwise");
        assertThatThrownBy(() -> HierarchicalModels.enumerate(6, 3)).isInstanceOf(UnableToEstimateException.class);
    }

    @Test
    void writesMultipleSystemsEstimationsNotation() {
        LogLinearModel model = LogLinearModel.named(List.of("EXH", "ABA", "OSCE", "HRW"),
                List.of("EXH:ABA", "EXH:OSCE", "ABA:OSCE", "EXH:HRW", "OSCE:HRW", "EXH:ABA:OSCE"));

        assertThat(HierarchicalModels.notation(model)).isEqualTo("[123,14,34]");
        assertThat(HierarchicalModels.notation(LogLinearModel.mainEffects(3))).isEqualTo("[1,2,3]");
    }

    private static Set<Set<Integer>> bruteForce(int lists, int maxOrder) {
        List<Integer> terms = new ArrayList<>();
        for (int term = 1; term < 1 << lists; term++) {
            if (Integer.bitCount(term) >= 2 && Integer.bitCount(term) <= maxOrder) {
                terms.add(term);
            }
        }
        Set<Set<Integer>> models = new HashSet<>();
        for (long subset = 0; subset < 1L << terms.size(); subset++) {
            List<Integer> chosen = new ArrayList<>();
            for (int k = 0; k < terms.size(); k++) {
                if ((subset & (1L << k)) != 0) {
                    chosen.add(terms.get(k));
                }
            }
            if (new LogLinearModel(lists, chosen).isHierarchical()) {
                models.add(new HashSet<>(chosen));
            }
        }
        return models;
    }
}
