package org.cthub.privacy.anonymity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cthub.privacy.Table;
import org.cthub.privacy.hierarchy.Hierarchy;
import org.junit.jupiter.api.Test;

/** ARX's Loss and the released table on a table small enough to compute by hand. */
class AnonymiserTest {

    private static final Hierarchy A = Hierarchy.of("a", List.of(List.of("a1", "A", "*"), List.of("a2", "A", "*"),
            List.of("a3", "B", "*"), List.of("a4", "B", "*")));
    private static final Hierarchy B = Hierarchy.of("b", List.of(List.of("b1", "*"), List.of("b2", "*")));

    private static Map<String, Hierarchy> hierarchies() {
        Map<String, Hierarchy> map = new LinkedHashMap<>();
        map.put("a", A);
        map.put("b", B);
        return map;
    }

    private static Table table(String... pairs) {
        List<List<String>> rows = java.util.Arrays.stream(pairs).map(pair -> List.of(pair.split(",")[0],
                pair.split(",")[1], "x")).toList();
        return new Table(List.of("a", "b", "note"), rows);
    }

    @Test
    void lossWithoutSuppressionMatchesTheHandComputedValue() {
        // [1,0]: every record covers 2 of 4 values of a, L_a = (8 - 4) / (4 * 3) = 1/3; L_b = 0.
        AnonymisationResult result = new Anonymiser(1).anonymise(table("a1,b1", "a2,b1", "a3,b2", "a4,b2"),
                hierarchies(), Criteria.kAnonymity(2, 0)).orElseThrow();
        assertThat(result.levels()).containsExactly(1, 0);
        assertThat(result.loss()).isCloseTo(Math.sqrt(4.0 / 3) - 1, within(1e-12));
        assertThat(result.lossPerQuasiIdentifier()).containsExactly(1.0 / 3, 0.0);
        assertThat(result.classes()).isEqualTo(2);
        assertThat(result.smallestClass()).isEqualTo(2);
        assertThat(result.output().rows().get(0)).containsExactly("A", "b1", "x");
    }

    @Test
    void suppressedRecordsCountAsFullyGeneralised() {
        // [1,0] with (a1,b2) suppressed: S_a = 4*2 + 4 = 12, L_a = 7/15; S_b = 4 + 2 = 6, L_b = 1/5.
        AnonymisationResult result = new Anonymiser(2).anonymise(table("a1,b1", "a2,b1", "a3,b2", "a4,b2", "a1,b2"),
                hierarchies(), Criteria.kAnonymity(2, 0.2)).orElseThrow();
        assertThat(result.levels()).containsExactly(1, 0);
        assertThat(result.loss()).isCloseTo(Math.sqrt(22.0 / 15 * 6.0 / 5) - 1, within(1e-12));
        assertThat(result.suppressed()).isEqualTo(1);
        assertThat(result.output().rows().get(4)).containsExactly("*", "*", "x");
    }

    @Test
    void withoutEnoughSuppressionGeneralisesFurther() {
        AnonymisationResult result = new Anonymiser(1).anonymise(table("a1,b1", "a2,b1", "a3,b2", "a4,b2", "a1,b2"),
                hierarchies(), Criteria.kAnonymity(2, 0)).orElseThrow();
        assertThat(result.levels()).containsExactly(2, 0);
        assertThat(result.loss()).isCloseTo(Math.sqrt(2) - 1, within(1e-12));
    }

    @Test
    void applyingAGivenTransformationCountsItsSuppressionEvenWhenNotAcceptable() {
        AnonymisationResult applied = new Anonymiser(1).apply(table("a1,b1", "a2,b1", "a3,b2", "a4,b2", "a1,b2"),
                hierarchies(), Criteria.kAnonymity(2, 0), List.of(1, 0));
        assertThat(applied.suppressed()).isEqualTo(1);
        assertThat(applied.loss()).isCloseTo(Math.sqrt(22.0 / 15 * 6.0 / 5) - 1, within(1e-12));
        assertThatThrownBy(() -> new Anonymiser(1).apply(table("a1,b1"), hierarchies(), Criteria.kAnonymity(1, 0),
                List.of(3, 0))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportsNoSolutionWhenTooFewRecords() {
        assertThat(new Anonymiser(1).anonymise(table("a1,b1"), hierarchies(), Criteria.kAnonymity(2, 0))).isEmpty();
    }

    @Test
    void distinctLDiversityOfTypesOfExploitationTreatsASetAsOneValue() {
        Table table = new Table(List.of("a", "b", "types"), List.of(
                List.of("a1", "b1", "Forced labour;Sexual exploitation"),
                List.of("a2", "b1", "Sexual exploitation; Forced labour"),
                List.of("a3", "b1", "Forced labour"),
                List.of("a4", "b1", "Sexual exploitation")));
        AnonymisationResult result = new Anonymiser(1).anonymise(table, hierarchies(),
                Criteria.kAnonymity(2, 0).with(LDiversity.distinct("types", 2))).orElseThrow();
        // At [1,0] the class (A,b1) holds one set twice: not 2-diverse; only (*,b1) is.
        assertThat(result.levels()).containsExactly(2, 0);
    }

    @Test
    void rejectsAValueMissingFromItsHierarchy() {
        assertThatThrownBy(() -> new Anonymiser(1).anonymise(table("a9,b1", "a1,b1"), hierarchies(),
                Criteria.kAnonymity(1, 0))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Row 1");
    }

    @Test
    void rejectsASensitiveColumnThatIsAQuasiIdentifier() {
        assertThatThrownBy(() -> new Anonymiser(1).anonymise(table("a1,b1"), hierarchies(),
                Criteria.kAnonymity(1, 0).with(LDiversity.distinct("a", 2)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsInvalidCriteria() {
        assertThatThrownBy(() -> Criteria.kAnonymity(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Criteria.kAnonymity(2, 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LDiversity.entropy("s", 0.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
