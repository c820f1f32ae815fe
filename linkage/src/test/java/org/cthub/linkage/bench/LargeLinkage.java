package org.cthub.linkage.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cthub.linkage.LinkageOptions;
import org.cthub.linkage.RecordLinker;
import org.cthub.linkage.block.BitSamplingLsh;
import org.cthub.linkage.block.BlockingKeys;
import org.cthub.linkage.block.CandidatePairs;
import org.cthub.linkage.block.KeyBlocker;
import org.cthub.linkage.encode.EncodedRecord;
import org.cthub.linkage.encode.RecordEncoder;
import org.cthub.linkage.match.ComparisonPatterns;
import org.cthub.linkage.match.EncodedComparator;
import org.cthub.linkage.match.ExpectationMaximisation;
import org.cthub.linkage.match.FellegiSunterModel;
import org.cthub.linkage.match.RandomPairs;

/**
 * n × n generated people (half of b are corrupted copies of a's), encoded, blocked, compared and classified
 * with the stages of {@link RecordLinker} timed one by one. Prints wall time per stage, candidate pairs,
 * comparisons per second, pair completeness after blocking, and precision, recall and F1 at p ≥ 0.9.
 * Refuses to compare more than {@value #MAX_CANDIDATES} candidate pairs, so a blocking gone wrong cannot
 * eat the machine.
 *
 * <p>Blocking is the product's ({@link BlockingKeys#encoded}: each field's filter, then bit-sampling LSH bands
 * on the CLK) with parameters for a million records per list, printed with the figures: {@value #BANDS} bands
 * of {@value #BITS} bits instead of 40 of 24, and blocks of at most {@value #MAX_BLOCK} records instead of 500,
 * because the expected number of random pairs in a band grows with n².
 */
final class LargeLinkage {

    static final long MAX_CANDIDATES = 600_000_000L;
    static final int BANDS = 30;
    static final int BITS = 48;
    static final int MAX_BLOCK = 100;

    private LargeLinkage() {
    }

    static void run(int n) {
        System.out.printf(Locale.ROOT, "%n== %,d x %,d generated people, encoded (max heap %,d MB, %d cores)%n", n, n,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        long t0 = System.nanoTime();
        SyntheticPeople.Lists lists = new SyntheticPeople(2026, Math.max(200, n / 200), Math.max(1000, n / 10), Math.max(1000, n / 2),
                Math.max(100, n / 200))
                .lists(n, 0.5);
        long t1 = System.nanoTime();
        LinkageOptions options = LinkageOptions.dedupe(SyntheticPeople.FIELDS).withThreshold(0.9).acrossSources(true);
        RecordLinker linker = new RecordLinker(options);
        byte[] secret = "large benchmark secret shared by both organisations".getBytes(StandardCharsets.UTF_8);
        List<EncodedRecord> records = new ArrayList<>(2 * n);
        records.addAll(linker.encode(secret, lists.a()));
        records.addAll(linker.encode(secret, lists.b()));
        long t2 = System.nanoTime();
        int[] source = new int[2 * n];
        Arrays.fill(source, n, 2 * n, 1);
        BitSamplingLsh lsh = new BitSamplingLsh(RecordEncoder.CLK_BITS, BANDS, BITS, options.seed());
        long[][] keys = records.parallelStream().map(r -> BlockingKeys.encoded(r, lsh)).toArray(long[][]::new);
        long[] candidates = new KeyBlocker(MAX_BLOCK).pairs(keys, source, true);
        keys = null;
        long t3 = System.nanoTime();
        long found = 0;
        for (long pair : candidates) {
            if (isTrue(pair, n, lists.partnerOfB())) {
                found++;
            }
        }
        System.out.printf(Locale.ROOT, "   generate %.1f s; encode %.1f s (%,.0f records/s)%n", (t1 - t0) / 1e9,
                (t2 - t1) / 1e9, 2.0 * n / ((t2 - t1) / 1e9));
        System.out.printf(Locale.ROOT, "   block (field filters + %d LSH bands of %d bits, blocks <= %d) %.1f s: %,d candidate pairs of %.3g (reduction ratio %.7f); pair "
                + "completeness %.4f (%,d of %,d true pairs)%n", BANDS, BITS, MAX_BLOCK, (t3 - t2) / 1e9, candidates.length, (double) n * n,
                1 - candidates.length / ((double) n * n), (double) found / lists.matches(), found, lists.matches());
        if (candidates.length > MAX_CANDIDATES) {
            System.out.println("   stopped: more candidate pairs than the benchmark allows");
            return;
        }
        EncodedComparator comparator = new EncodedComparator(records, options.kinds());
        ComparisonPatterns patterns = ComparisonPatterns.of(comparator, candidates);
        long t4 = System.nanoTime();
        double[][] u = RandomPairs.estimateU(comparator, source, true, 200_000, options.seed());
        double[][] m = new double[u.length][];
        for (int f = 0; f < u.length; f++) {
            m[f] = new double[u[f].length];
            Arrays.fill(m[f], 0.1 / Math.max(1, m[f].length - 1));
            m[f][0] = 0.9;
        }
        FellegiSunterModel model = new ExpectationMaximisation(200, 1e-6)
                .fit(patterns.distinct(), patterns.counts(), new FellegiSunterModel(0.1, m, u), false);
        double[] probabilities = patterns.probabilities(model);
        long t5 = System.nanoTime();
        long tp = 0;
        long fp = 0;
        for (int k = 0; k < candidates.length; k++) {
            if (probabilities[k] >= 0.9) {
                if (isTrue(candidates[k], n, lists.partnerOfB())) {
                    tp++;
                } else {
                    fp++;
                }
            }
        }
        double[] prf = Febrl.prf(tp, fp, lists.matches());
        System.out.printf(Locale.ROOT, "   compare %.1f s: %,.1f M candidate pairs/s (each %d field Dice "
                + "comparisons)%n", (t4 - t3) / 1e9, candidates.length / ((t4 - t3) / 1e9) / 1e6, SyntheticPeople.FIELDS.size());
        System.out.printf(Locale.ROOT, "   classify (u from random pairs, EM over %,d distinct vectors, λ %.4f) %.1f s%n",
                patterns.distinct().length, model.lambda(), (t5 - t4) / 1e9);
        System.out.printf(Locale.ROOT, "   p >= 0.9: precision %.4f recall %.4f F1 %.4f%n", prf[0], prf[1], prf[2]);
        System.out.printf(Locale.ROOT, "   total %.1f s (encode to classify %.1f s)%n", (t5 - t0) / 1e9,
                (t5 - t1) / 1e9);
    }

    private static boolean isTrue(long pair, int n, int[] partnerOfB) {
        int i = CandidatePairs.first(pair);
        int j = CandidatePairs.second(pair);
        return i < n && j >= n && partnerOfB[j - n] == i;
    }
}
