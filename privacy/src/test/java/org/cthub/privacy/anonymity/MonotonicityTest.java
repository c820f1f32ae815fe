package org.cthub.privacy.anonymity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.cthub.privacy.Table;
import org.cthub.privacy.hierarchy.Hierarchy;
import org.junit.jupiter.api.Test;

/**
 * The property predictive tagging rests on, checked exhaustively: with suppression as ARX treats it, a
 * generalisation of an acceptable node is acceptable for k-anonymity and distinct l-diversity; entropy
 * l-diversity with suppression is not monotone, so the search does not tag for it.
 */
class MonotonicityTest {

    @Property(tries = 200)
    void acceptabilityIsMonotoneForKAnonymityAndDistinctLDiversity(@ForAll long seed) {
        RandomInstances.Instance instance = RandomInstances.next(new Random(seed), seed % 2 == 0);
        if (!instance.criteria().monotone()) {
            return;
        }
        List<ExhaustiveSearch.Node> acceptable = ExhaustiveSearch.acceptable(instance.table(), instance.hierarchies(),
                instance.criteria());
        Set<List<Integer>> accepted = new HashSet<>();
        acceptable.forEach(node -> accepted.add(Arrays.stream(node.levels()).boxed().toList()));
        List<Integer> heights = instance.table().columns().stream().filter(instance.hierarchies()::containsKey)
                .map(name -> instance.hierarchies().get(name).height()).toList();
        for (List<Integer> node : accepted) {
            for (int j = 0; j < node.size(); j++) {
                if (node.get(j) < heights.get(j)) {
                    List<Integer> up = new java.util.ArrayList<>(node);
                    up.set(j, node.get(j) + 1);
                    assertThat(accepted).contains(up);
                }
            }
        }
    }

    @Test
    void entropyLDiversityWithSuppressionIsNotMonotone() {
        // At level 0 the class {a1} is diverse and {a2} (one value, 3 records) is suppressed: 3 of 9 suppressed.
        // At level 1 the merged class has entropy below log 2 and all 9 records would be suppressed.
        Hierarchy a = Hierarchy.of("a", List.of(List.of("a1", "*"), List.of("a2", "*")));
        List<List<String>> rows = new java.util.ArrayList<>();
        for (String s : List.of("x", "y", "x", "y", "x", "y")) {
            rows.add(List.of("a1", s));
        }
        for (int i = 0; i < 3; i++) {
            rows.add(List.of("a2", "x"));
        }
        Table table = new Table(List.of("a", "s"), rows);
        Criteria criteria = Criteria.kAnonymity(1, 0.4).with(LDiversity.entropy("s", 2));
        assertThat(criteria.monotone()).isFalse();
        List<ExhaustiveSearch.Node> acceptable = ExhaustiveSearch.acceptable(table, java.util.Map.of("a", a), criteria);
        assertThat(acceptable).extracting(node -> node.levels()[0]).containsExactly(0);
    }
}
