package org.cthub.linkage.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.BitSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class DiceTest {

    @Property(tries = 300)
    void equalsBitSetReference(@ForAll @Size(16) long[] a, @ForAll @Size(16) long[] b) {
        BitSet x = BitSet.valueOf(a);
        BitSet y = BitSet.valueOf(b);
        int total = x.cardinality() + y.cardinality();
        x.and(y);
        double expected = total == 0 ? 0.0 : 2.0 * x.cardinality() / total;
        assertThat(Dice.similarity(a, b)).isCloseTo(expected, within(1e-12));
        long[] flat = new long[32];
        System.arraycopy(a, 0, flat, 0, 16);
        System.arraycopy(b, 0, flat, 16, 16);
        int sum = Dice.cardinality(a) + Dice.cardinality(b);
        assertThat(Dice.atLeast(flat, 16, 0, 1, sum, 0.5)).isEqualTo(total == 0 || expected >= 0.5 - 1e-12);
    }

    @Property(tries = 100)
    void filterTextRoundTrips(@ForAll @Size(4) long[] filter) {
        assertThat(FilterText.parse(FilterText.format(filter))).containsExactly(filter);
    }
}
