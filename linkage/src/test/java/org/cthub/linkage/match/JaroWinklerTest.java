package org.cthub.linkage.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class JaroWinklerTest {

    @Test
    void matchesWinklersPublishedValues() {
        // Winkler (1990), table 2, and the usual textbook values
        assertThat(JaroWinkler.similarity("martha", "marhta")).isCloseTo(0.961, within(1e-3));
        assertThat(JaroWinkler.similarity("dwayne", "duane")).isCloseTo(0.840, within(1e-3));
        assertThat(JaroWinkler.similarity("dixon", "dicksonx")).isCloseTo(0.813, within(1e-3));
        assertThat(JaroWinkler.similarity("abc", "")).isZero();
    }

    @Test
    void countsTranspositionAsOneEdit() {
        assertThat(EditDistance.of("4223", "4232")).isEqualTo(1);
        assertThat(EditDistance.of("kitten", "sitting")).isEqualTo(3);
    }
}
