package org.cthub.app.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PrefetchingTest {

    @Test
    void yieldsEverythingInOrder() {
        List<Integer> source = IntStream.range(0, 10_000).boxed().toList();
        List<Integer> seen = new ArrayList<>();
        try (Prefetching<Integer> ahead = new Prefetching<>(source.iterator(), "test")) {
            ahead.forEachRemaining(seen::add);
        }
        assertThat(seen).isEqualTo(source);
    }

    @Test
    void rethrowsTheSourcesFailureAfterWhatCameBefore() {
        Iterator<Integer> failing = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Integer next() {
                if (next == 700) {
                    throw new IllegalStateException("the file ends in the middle of a row");
                }
                return next++;
            }
        };
        List<Integer> seen = new ArrayList<>();
        try (Prefetching<Integer> ahead = new Prefetching<>(failing, "test")) {
            assertThatThrownBy(() -> ahead.forEachRemaining(seen::add))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("middle of a row");
        }
        assertThat(seen).hasSize(700).endsWith(699);
    }

    @Test
    void closingEarlyStopsTheSource() {
        AtomicInteger produced = new AtomicInteger();
        Iterator<Integer> endless = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Integer next() {
                return produced.incrementAndGet();
            }
        };
        try (Prefetching<Integer> ahead = new Prefetching<>(endless, "test")) {
            assertThat(ahead.next()).isEqualTo(1);
        }
        int afterClose = produced.get();
        assertThat(afterClose).as("bounded read-ahead").isLessThan(256 * 20);
        assertThat(produced.get()).isEqualTo(afterClose);
    }
}
