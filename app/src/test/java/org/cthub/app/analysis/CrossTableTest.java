package org.cthub.app.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.cthub.store.analysis.CaseCounts;
import org.junit.jupiter.api.Test;

class CrossTableTest {

    @Test
    void roundsTheGrandTotalWhenASmallRowCouldBeRecoveredFromIt() {
        CrossTable table = CrossTable.of(List.of(new CaseCounts.Cell("R0", "C0", 3), new CaseCounts.Cell("R1", "C0", 5),
                new CaseCounts.Cell("R1", "C1", 6)));

        assertThat(table.hiddenTotal()).isTrue();
        assertThat(table.roundedTotal()).isEqualTo(10);
    }

    @Test
    void hidesASecondCellWhereARowHidesOnlyOne() {
        CrossTable table = CrossTable.of(List.of(new CaseCounts.Cell("UGA", "ORG01", 9),
                new CaseCounts.Cell("UGA", "ORG02", 3), new CaseCounts.Cell("UGA", "ORG03", 6)));

        CrossTable.Row row = table.rows().getFirst();
        assertThat(row.hidden()).containsExactly(false, true, true);
        assertThat(row.total()).isEqualTo(18);
    }

    /**
     * The oracle: from what the page shows (visible cells, row totals that are shown, the grand total), no
     * single hidden count can be recovered by subtraction.
     */
    @Property(tries = 300)
    void noHiddenCountFollowsFromTheTotals(@ForAll @Size(min = 1, max = 6) List<@Size(min = 1, max = 4)
            List<@IntRange(min = 0, max = 12) Integer>> counts) {
        List<CaseCounts.Cell> cells = new ArrayList<>();
        for (int r = 0; r < counts.size(); r++) {
            for (int c = 0; c < counts.get(r).size(); c++) {
                if (counts.get(r).get(c) > 0) {
                    cells.add(new CaseCounts.Cell("R" + r, "C" + c, counts.get(r).get(c)));
                }
            }
        }
        CrossTable table = CrossTable.of(cells);

        for (CrossTable.Row row : table.rows()) {
            long hiddenNonZero = 0;
            for (int c = 0; c < row.counts().size(); c++) {
                long count = row.counts().get(c);
                if (count > 0 && count < CrossTable.MINIMUM) {
                    assertThat(row.hidden(c)).isTrue();
                }
                if (row.hidden(c)) {
                    hiddenNonZero++;
                }
            }
            if (row.hiddenTotal()) {
                for (int c = 0; c < row.counts().size(); c++) {
                    assertThat(row.counts().get(c) == 0 || row.hidden(c)).as(row.label()).isTrue();
                }
            } else {
                assertThat(hiddenNonZero).as(row.label()).isNotEqualTo(1);
            }
            if (hiddenNonZero > 0 || row.hiddenTotal()) {
                assertThat(table.hiddenTotal()).as("the grand total would give a hidden count back").isTrue();
            }
        }
    }
}
