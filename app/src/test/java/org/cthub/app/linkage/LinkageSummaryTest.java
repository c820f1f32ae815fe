package org.cthub.app.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.cthub.linkage.LinkageResult;
import org.junit.jupiter.api.Test;

/** The guard that keeps an implausible linkage's counts from the estimate page. */
class LinkageSummaryTest {

    /** A result of {@code records} records on two lists whose clusters are given by {@code clusterOf}. */
    private static LinkageResult result(int records, java.util.function.IntUnaryOperator clusterOf) {
        List<String> ids = IntStream.range(0, records).mapToObj(Integer::toString).toList();
        List<String> sources = IntStream.range(0, records).mapToObj(i -> i % 2 == 0 ? "A" : "B").toList();
        return new LinkageResult(ids, sources, new long[0], new double[0], List.of(),
                IntStream.range(0, records).map(clusterOf).toArray(), null, Collections.emptyList(), 0.9);
    }

    @Test
    void refusesFarFewerPersonsThanDistinctIdentities() {
        // The degenerate run: 2,616 records with 2,591 distinct identities in 120 clusters of up to 22.
        LinkageSummary summary = LinkageSummary.of(result(2616, i -> i % 120), 2591, 50);

        assertThat(summary.persons()).isEqualTo(120);
        assertThat(summary.atCap()).isZero();
        assertThat(summary.implausible()).isTrue();
    }

    @Test
    void refusesPersonsWhoseClustersStoppedAtTheSizeLimit() {
        // Most records alone, but 50 of them chained into one person: the limit, not the evidence, stopped it.
        LinkageSummary summary = LinkageSummary.of(result(1000, i -> i < 50 ? 0 : i), 1000, 50);

        assertThat(summary.persons()).isEqualTo(951);
        assertThat(summary.atCap()).isEqualTo(1);
        assertThat(summary.implausible()).isTrue();
    }

    @Test
    void acceptsPersonsNearTheDistinctIdentities() {
        // 2,616 records of 2,580 people: 36 re-registered, some under a retyped name.
        LinkageSummary summary = LinkageSummary.of(result(2616, i -> i < 72 ? i / 2 : i), 2591, 50);

        assertThat(summary.persons()).isEqualTo(2580);
        assertThat(summary.implausible()).isFalse();
    }
}
