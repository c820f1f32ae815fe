package org.cthub.linkage.block;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.cthub.linkage.match.FellegiSunterModel;
import org.cthub.linkage.match.PlainComparator;
import org.cthub.linkage.normalise.FieldKind;
import org.cthub.linkage.normalise.NormalisedRecord;
import org.junit.jupiter.api.Test;

/** Brute-force oracle: every pair a full comparison accepts is a blocking candidate. */
class BlockingOracleTest {

    private static final List<FieldKind> KINDS = List.of(FieldKind.NAME, FieldKind.NAME, FieldKind.DATE,
            FieldKind.CODE);
    private static final double[] M = {0.85, 0.10, 0.03, 0.02};
    private static final double[] U = {0.01, 0.02, 0.07, 0.90};
    private static final FellegiSunterModel MODEL = new FellegiSunterModel(0.05,
            new double[][] {M, M, M, M}, new double[][] {U, U, U, U});

    @Property(tries = 60)
    void blockingLosesNoPairFullComparisonAccepts(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<NormalisedRecord> records = new ArrayList<>();
        for (int person = 0; person < 25; person++) {
            List<String> values = List.of(word(random), word(random),
                    String.format("%04d%02d%02d", 1950 + random.nextInt(50), 1 + random.nextInt(12),
                            1 + random.nextInt(28)), String.valueOf(1000 + random.nextInt(9000)));
            records.add(NormalisedRecord.of(values, KINDS));
            for (int copy = random.nextInt(3); copy > 0; copy--) {
                records.add(NormalisedRecord.of(corrupt(values, random), KINDS));
            }
        }
        long[][] keys = records.stream().map(r -> BlockingKeys.plain(r, KINDS)).toArray(long[][]::new);
        long[] candidates = new KeyBlocker(10_000).pairs(keys, new int[records.size()], false);
        PlainComparator comparator = new PlainComparator(records, KINDS);
        int accepted = 0;
        for (int i = 0; i < records.size(); i++) {
            for (int j = i + 1; j < records.size(); j++) {
                if (MODEL.probability(comparator.pattern(i, j)) >= 0.9) {
                    accepted++;
                    assertThat(Arrays.binarySearch(candidates, CandidatePairs.pack(i, j))).as("pair %d,%d", i, j)
                            .isGreaterThanOrEqualTo(0);
                }
            }
        }
        assertThat(accepted).isPositive();
    }

    @Test
    void keepsOnlyCrossSourcePairsAndSkipsOversizedBlocks() {
        long[][] keys = {{1}, {1}, {1}, {2}, {2}};
        int[] source = {0, 0, 1, 0, 1};
        assertThat(new KeyBlocker(10).pairs(keys, source, true))
                .containsExactly(CandidatePairs.pack(0, 2), CandidatePairs.pack(1, 2), CandidatePairs.pack(3, 4));
        assertThat(new KeyBlocker(2).pairs(keys, source, false)).containsExactly(CandidatePairs.pack(3, 4));
    }

    @Test
    void measuresCompletenessAndReduction() {
        long[] candidates = {CandidatePairs.pack(0, 1), CandidatePairs.pack(2, 3)};
        long[] truth = {CandidatePairs.pack(0, 1), CandidatePairs.pack(1, 2)};
        BlockingQuality quality = BlockingQuality.measure(candidates, truth, 6);
        assertThat(quality.pairCompleteness()).isEqualTo(0.5);
        assertThat(quality.reductionRatio()).isEqualTo(1 - 2.0 / 6);
    }

    @Test
    void lshBringsNearFiltersTogetherAndKeepsFarOnesApart() {
        SplittableRandom random = new SplittableRandom(3);
        BitSamplingLsh lsh = new BitSamplingLsh(1024, 40, 24, 9);
        int near = 0;
        int far = 0;
        for (int trial = 0; trial < 200; trial++) {
            long[] a = random.longs(16).map(x -> x & random.nextLong()).toArray();
            long[] b = a.clone();
            for (int flip = 0; flip < 20; flip++) {
                int bit = random.nextInt(1024);
                b[bit >>> 6] ^= 1L << (bit & 63);
            }
            long[] c = random.longs(16).map(x -> x & random.nextLong()).toArray();
            near += shareKey(lsh.keys(a), lsh.keys(b)) ? 1 : 0;
            far += shareKey(lsh.keys(a), lsh.keys(c)) ? 1 : 0;
        }
        assertThat(near).isGreaterThanOrEqualTo(195);
        assertThat(far).isLessThanOrEqualTo(2);
    }

    private static boolean shareKey(long[] x, long[] y) {
        return Arrays.stream(x).anyMatch(k -> Arrays.stream(y).anyMatch(l -> l == k));
    }

    private static String word(SplittableRandom random) {
        StringBuilder word = new StringBuilder();
        for (int k = 4 + random.nextInt(5); k > 0; k--) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    /** Up to three of the four fields get one typing error. */
    private static List<String> corrupt(List<String> values, SplittableRandom random) {
        List<String> out = new ArrayList<>(values);
        int keep = random.nextInt(values.size());
        for (int f = 0; f < out.size(); f++) {
            if (f != keep && random.nextBoolean()) {
                char[] chars = out.get(f).toCharArray();
                int at = random.nextInt(chars.length);
                chars[at] = Character.isDigit(chars[at]) ? (char) ('0' + random.nextInt(10))
                        : (char) ('a' + random.nextInt(26));
                out.set(f, new String(chars));
            }
        }
        return out;
    }
}
