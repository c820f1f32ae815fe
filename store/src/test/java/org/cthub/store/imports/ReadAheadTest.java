package org.cthub.store.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

    @Test
    void yieldsEverythingInOrder() {
        List<Integer> source = IntStream.range(0, 10_000).boxed().toList();
        List<Integer> seen = new ArrayList<>();
        try (ReadAhead<Integer, Integer> ahead = new ReadAhead<>(source.iterator(), x -> x, "test")) {
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
        try (ReadAhead<Integer, Integer> ahead = new ReadAhead<>(failing, x -> x, "test")) {
            assertThatThrownBy(() -> ahead.forEachRemaining(seen::add))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("middle of a row");
        }
        assertThat(seen).hasSize(700).endsWith(699);
    }

    @Test
    void appliesTheStageOffTheConsumersThread() {
        List<String> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Integer> doubled = new ArrayList<>();
        try (ReadAhead<Integer, Integer> ahead = new ReadAhead<>(List.of(1, 2, 3).iterator(), x -> {
            threads.add(Thread.currentThread().getName());
            return x * 2;
        }, "stage")) {
            ahead.forEachRemaining(doubled::add);
        }
        assertThat(doubled).containsExactly(2, 4, 6);
        assertThat(threads).containsOnly("stage");
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
        try (ReadAhead<Integer, Integer> ahead = new ReadAhead<>(endless, x -> x, "test")) {
            assertThat(ahead.next()).isEqualTo(1);
        }
        int afterClose = produced.get();
        assertThat(afterClose).as("bounded read-ahead").isLessThan(256 * 20);
        assertThat(produced.get()).isEqualTo(afterClose);
    }
}
