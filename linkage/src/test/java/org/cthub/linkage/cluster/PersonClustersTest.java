package org.cthub.linkage.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonClustersTest {

    @Test
    void joinsPairsIntoConnectedComponents() {
        int[] c = PersonClusters.assign(new int[5], new int[] {0, 1, 3}, new int[] {1, 2, 4},
                new double[] {0.99, 0.95, 0.97}, 0.9, 50, false);
        assertThat(c).containsExactly(0, 0, 0, 1, 1);
    }

    @Test
    void refusesChainingBeyondMaximumSize() {
        int[] c = PersonClusters.assign(new int[4], new int[] {0, 2, 1}, new int[] {1, 3, 2},
                new double[] {0.99, 0.98, 0.91}, 0.9, 2, false);
        assertThat(c).containsExactly(0, 0, 1, 1);
    }

    @Test
    void keepsOneRecordPerSourceTakingStrongestFirst() {
        int[] source = {0, 1, 1};
        int[] c = PersonClusters.assign(source, new int[] {0, 0}, new int[] {1, 2}, new double[] {0.92, 0.99}, 0.9,
                50, true);
        assertThat(c[0]).isEqualTo(c[2]).isNotEqualTo(c[1]);
    }

    @Test
    void ignoresPairsBelowThreshold() {
        int[] c = PersonClusters.assign(new int[2], new int[] {0}, new int[] {1}, new double[] {0.5}, 0.9, 50, false);
        assertThat(c).containsExactly(0, 1);
    }
}
