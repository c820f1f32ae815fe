package org.cthub.privacy.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cthub.privacy.Table;
import org.junit.jupiter.api.Test;

/** Hand-computed risks on a six-record table: classes (F,20s) x3, (M,20s) x2, (M,30s) x1. */
class ReidentificationRiskTest {

    private static final List<String> QUASI_IDENTIFIERS = List.of("gender", "age");

    private static Table sample() {
        return table("F,20s", "F,20s", "F,20s", "M,20s", "M,20s", "M,30s");
    }

    private static Table table(String... rows) {
        List<List<String>> cells = new ArrayList<>();
        for (String row : rows) {
            cells.add(List.of(row.split(",")[0], row.split(",")[1], "case"));
        }
        return new Table(List.of("gender", "age", "type"), cells);
    }

    @Test
    void prosecutorRiskIsOneOverTheSampleClassSize() {
        RiskReport report = ReidentificationRisk.of(sample(), QUASI_IDENTIFIERS, 0.4);
        assertThat(report.records()).isEqualTo(6);
        assertThat(report.classes()).isEqualTo(3);
        assertThat(report.prosecutorHighest()).isEqualTo(1.0);
        assertThat(report.prosecutorAverage()).isCloseTo(0.5, within(1e-12));
        // Risks 1/3 (3 records), 1/2 (2), 1 (1): above 0.4 are 3 of 6.
        assertThat(report.prosecutorShareAbove()).isCloseTo(0.5, within(1e-12));
        assertThat(report.sampleUniques()).isEqualTo(1);
        assertThat(report.sampleUniqueShare()).isCloseTo(1.0 / 6, within(1e-12));
    }

    @Test
    void withoutAPopulationJournalistAndMarketerRiskEqualProsecutorRisk() {
        RiskReport report = ReidentificationRisk.of(sample(), QUASI_IDENTIFIERS, 0.4);
        assertThat(report.journalistHighest()).isEqualTo(report.prosecutorHighest());
        assertThat(report.journalistAverage()).isCloseTo(report.prosecutorAverage(), within(1e-12));
        assertThat(report.marketer()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void journalistRiskUsesThePopulationClassSizes() {
        Table population = table("F,20s", "F,20s", "F,20s", "F,20s", "F,20s", "F,20s",
                "M,20s", "M,20s", "M,20s", "M,20s", "M,30s", "M,40s");
        RiskReport report = ReidentificationRisk.of(sample(), QUASI_IDENTIFIERS, Optional.of(population), 0.2);
        assertThat(report.journalistHighest()).isEqualTo(1.0);
        // (3/6 + 2/4 + 1/1) / 6
        assertThat(report.journalistAverage()).isCloseTo(2.0 / 6, within(1e-12));
        assertThat(report.marketer()).isCloseTo(2.0 / 6, within(1e-12));
        // 1/F above 0.2: (M,20s) 1/4 and (M,30s) 1/1, 3 records of 6.
        assertThat(report.journalistShareAbove()).isCloseTo(0.5, within(1e-12));
        assertThat(report.populationUniques()).isEqualTo(1);
    }

    @Test
    void rejectsAPopulationThatDoesNotContainTheSample() {
        assertThatThrownBy(() -> ReidentificationRisk.of(sample(), QUASI_IDENTIFIERS,
                Optional.of(table("F,20s")), 0.2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyTableHasNoRisk() {
        assertThat(ReidentificationRisk.of(table(), QUASI_IDENTIFIERS, 0.2).prosecutorHighest()).isZero();
    }
}
