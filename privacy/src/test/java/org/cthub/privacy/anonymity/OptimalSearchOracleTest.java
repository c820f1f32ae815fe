package org.cthub.privacy.anonymity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.cthub.privacy.Table;

/** The search's optimum equals the exhaustive optimum over the whole lattice. */
class OptimalSearchOracleTest {

    @Property(tries = 250)
    void findsTheExhaustiveOptimumForKAnonymityWithAndWithoutSuppression(@ForAll long seed) {
        checkAgainstOracle(RandomInstances.next(new Random(seed), false), 1 + (int) Math.floorMod(seed, 2L));
    }

    @Property(tries = 150)
    void findsTheExhaustiveOptimumWithLDiversity(@ForAll long seed) {
        checkAgainstOracle(RandomInstances.next(new Random(seed), true), 1 + (int) Math.floorMod(seed, 2L));
    }

    @Property(tries = 200)
    void releasedTableIsKAnonymousAndSuppressesNoMoreThanAllowed(@ForAll long seed) {
        RandomInstances.Instance instance = RandomInstances.next(new Random(seed), false);
        Optional<AnonymisationResult> result = new Anonymiser(2).anonymise(instance.table(), instance.hierarchies(),
                instance.criteria());
        if (result.isEmpty()) {
            return;
        }
        Table output = result.get().output();
        List<String> names = result.get().quasiIdentifiers();
        boolean allTop = true;
        for (int j = 0; j < names.size(); j++) {
            allTop &= result.get().levels().get(j) == instance.hierarchies().get(names.get(j)).height();
        }
        Map<List<String>, Integer> counts = new HashMap<>();
        for (List<String> row : output.rows()) {
            counts.merge(names.stream().map(name -> row.get(output.column(name))).toList(), 1, Integer::sum);
        }
        List<String> stars = names.stream().map(name -> Anonymiser.SUPPRESSED).toList();
        long starred = counts.getOrDefault(stars, 0);
        long released = allTop ? starred - result.get().suppressed() : 0;
        if (!allTop) {
            assertThat(starred).isEqualTo(result.get().suppressed());
        }
        counts.remove(stars);
        assertThat(counts.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(instance.criteria().k()));
        assertThat(released == 0 || released >= instance.criteria().k()).isTrue();
        assertThat(result.get().suppressed())
                .isLessThanOrEqualTo(instance.criteria().maxSuppressed(instance.table().size()));
    }

    private static void checkAgainstOracle(RandomInstances.Instance instance, int threads) {
        Optional<AnonymisationResult> result = new Anonymiser(threads).anonymise(instance.table(),
                instance.hierarchies(), instance.criteria());
        if (instance.table().size() == 0) {
            assertThat(result).isEmpty();
            return;
        }
        List<ExhaustiveSearch.Node> acceptable = ExhaustiveSearch.acceptable(instance.table(), instance.hierarchies(),
                instance.criteria());
        if (acceptable.isEmpty()) {
            assertThat(result).isEmpty();
            return;
        }
        ExhaustiveSearch.Node optimum = ExhaustiveSearch.optimum(acceptable);
        assertThat(result).isPresent();
        assertThat(result.get().loss()).isCloseTo(optimum.loss(), within(1e-9));
        assertThat(result.get().levels()).containsExactlyElementsOf(
                java.util.Arrays.stream(optimum.levels()).boxed().toList());
        assertThat(result.get().suppressed()).isEqualTo(optimum.suppressed());
    }
}
