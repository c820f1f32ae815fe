package org.cthub.linkage.bench;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.cthub.linkage.encode.Dice;
import org.cthub.linkage.encode.EncodedRecord;

/** Thresholded Dice comparisons per second on 1024-bit CLKs, all against all, 1 thread and 2 threads. */
final class DiceThroughput {

    private DiceThroughput() {
    }

    static void run(List<EncodedRecord> records) throws Exception {
        int n = records.size();
        int words = records.get(0).clk().length;
        long[] flat = new long[n * words];
        int[] cardinality = new int[n];
        for (int r = 0; r < n; r++) {
            System.arraycopy(records.get(r).clk(), 0, flat, r * words, words);
            cardinality[r] = Dice.cardinality(records.get(r).clk());
        }
        System.out.printf(Locale.ROOT, "%n== Dice throughput: %d CLKs of %d bits, all x all, threshold 0.8%n", n,
                words * 64);
        for (int threads : new int[] {1, 2}) {
            ForkJoinPool pool = new ForkJoinPool(threads);
            double best = 0;
            for (int round = 0; round < 5; round++) {
                AtomicLong hits = new AtomicLong();
                long start = System.nanoTime();
                pool.submit(() -> IntStream.range(0, n).parallel().forEach(i -> {
                    long local = 0;
                    for (int j = 0; j < n; j++) {
                        if (Dice.atLeast(flat, words, i, j, cardinality[i] + cardinality[j], 0.8)) {
                            local++;
                        }
                    }
                    hits.addAndGet(local);
                })).get();
                double seconds = (System.nanoTime() - start) / 1e9;
                best = Math.max(best, (double) n * n / seconds);
                if (round == 4) {
                    System.out.printf(Locale.ROOT, "   %d thread(s): %.1f M comparisons/s (best of 5; %d hits)%n",
                            threads, best / 1e6, hits.get());
                }
            }
            pool.shutdown();
        }
    }
}
