package org.cthub.privacy.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class HierarchyTest {

    private static Hierarchy adult(String attribute) {
        return Hierarchy.readCsv(attribute, new InputStreamReader(HierarchyTest.class.getResourceAsStream(
                "/org/cthub/privacy/adult/adult_hierarchy_" + attribute + ".csv"), StandardCharsets.UTF_8), ';');
    }

    @Test
    void readsArxHierarchyFiles() {
        Hierarchy age = adult("age");
        assertThat(age.levels()).isEqualTo(5);
        assertThat(age.domainSize()).isEqualTo(100);
        assertThat(age.generalise("39", 1)).contains("35-39");
        assertThat(age.generalise("39", 4)).contains("*");
        assertThat(age.generalise("200", 1)).isEmpty();
        assertThat(age.leafCount("35-39", 1)).isEqualTo(5);
        assertThat(age.leafCount("*", 4)).isEqualTo(100);
        assertThat(adult("marital-status").leafCount("spouse not present", 1)).isEqualTo(5);
    }

    @Test
    void roundTripsThroughCsv() {
        Hierarchy race = adult("race");
        Hierarchy again = Hierarchy.readCsv("race", new StringReader(race.toCsv()), ';');
        assertThat(again.rows()).isEqualTo(race.rows());
    }

    @Test
    void reportsRowsOfDifferentDepth() {
        assertThat(codes(List.of(List.of("a", "x", "*"), List.of("b", "*")))).containsExactly("H002");
    }

    @Test
    void reportsALastLevelWithSeveralValues() {
        assertThat(codes(List.of(List.of("a", "x"), List.of("b", "y")))).containsExactly("H003");
    }

    @Test
    void reportsInconsistentNesting() {
        List<List<String>> rows = List.of(List.of("a", "x", "p", "*"), List.of("b", "x", "q", "*"));
        assertThat(codes(rows)).containsExactly("H004");
        assertThatThrownBy(() -> Hierarchy.of("broken", rows)).isInstanceOf(InvalidHierarchyException.class)
                .satisfies(e -> assertThat(((InvalidHierarchyException) e).problems()).hasSize(1));
    }

    @Test
    void reportsDuplicateAndBlankValuesTogether() {
        assertThat(codes(List.of(List.of("a", "*"), List.of("a", "*"), List.of(" ", "*"))))
                .containsExactlyInAnyOrder("H005", "H006");
    }

    @Test
    void reportsAnEmptyHierarchy() {
        assertThat(codes(List.of())).containsExactly("H001");
    }

    @Test
    void acceptsASingleLevelOfOneValue() {
        Hierarchy constant = Hierarchy.of("constant", List.of(List.of("*")));
        assertThat(constant.height()).isZero();
    }

    @Test
    void rejectsLevelsOutsideTheHierarchy() {
        assertThatThrownBy(() -> adult("sex").generalise("Male", 2)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> codes(List<List<String>> rows) {
        return Hierarchy.check(rows).stream().map(HierarchyProblem::code).toList();
    }
}
