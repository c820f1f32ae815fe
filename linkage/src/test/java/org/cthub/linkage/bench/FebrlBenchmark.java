package org.cthub.linkage.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cthub.linkage.LinkageOptions;
import org.cthub.linkage.LinkageResult;
import org.cthub.linkage.PersonRecord;
import org.cthub.linkage.RecordLinker;
import org.cthub.linkage.block.BlockingQuality;
import org.cthub.linkage.encode.EncodedRecord;

/**
 * FEBRL benchmark: precision, recall and F1 on FEBRL4 (4a × 4b) and FEBRL3 (dedupe), plain and encoded, at the
 * default threshold and across a sweep; blocking quality; Dice throughput; Arabic-to-Latin name recall.
 * Usage: {@code FebrlBenchmark PATH_TO_shared/linkage}.
 */
public final class FebrlBenchmark {

    static final double THRESHOLD = 0.9;
    static final double[] SWEEP = {0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 0.999};
    static final byte[] SECRET = "benchmark secret shared by the organisations, 32+ bytes".getBytes(
            StandardCharsets.UTF_8);

    private FebrlBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/linkage");
        Path febrl = data.resolve("febrl");
        System.out.printf(Locale.ROOT, "cores available: %d%n", Runtime.getRuntime().availableProcessors());
        List<PersonRecord> four = new ArrayList<>(Febrl.read(febrl.resolve("dataset4a.csv"), "a"));
        four.addAll(Febrl.read(febrl.resolve("dataset4b.csv"), "b"));
        List<PersonRecord> three = Febrl.read(febrl.resolve("dataset3.csv"), "3");
        LinkageOptions linkOptions = LinkageOptions.dedupe(Febrl.FIELDS).withThreshold(THRESHOLD).acrossSources(true);
        LinkageOptions dedupeOptions = LinkageOptions.dedupe(Febrl.FIELDS).withThreshold(THRESHOLD);
        run("FEBRL4 plain  ", four, linkOptions, false);
        run("FEBRL4 encoded", four, linkOptions, true);
        run("FEBRL3 plain  ", three, dedupeOptions, false);
        run("FEBRL3 encoded", three, dedupeOptions, true);
        DiceThroughput.run(new RecordLinker(dedupeOptions).encode(SECRET, three));
        ArabicNames.run(data.resolve("names/google-ar2en/ar2en-test.txt"));
        if (args.length > 1) {
            LargeLinkage.run(Integer.parseInt(args[1]));
        }
    }

    static void run(String name, List<PersonRecord> records, LinkageOptions options, boolean encoded) {
        RecordLinker linker = new RecordLinker(options);
        long start = System.nanoTime();
        List<EncodedRecord> encodings = encoded ? linker.encode(SECRET, records) : null;
        long encodedAt = System.nanoTime();
        LinkageResult result = encoded ? linker.linkEncoded(encodings) : linker.linkPlain(records);
        long end = System.nanoTime();
        long[] truth = Febrl.truePairs(result.ids(), result.sources(), options.crossSourceOnly());
        int n = records.size();
        double allPairs = options.crossSourceOnly() ? (n / 2.0) * (n / 2.0) : n * (n - 1) / 2.0;
        BlockingQuality quality = BlockingQuality.measure(result.candidates(), truth, allPairs);
        System.out.printf(Locale.ROOT, "%n== %s: %d records, %d true pairs; encode %.2f s, link %.2f s%n", name, n,
                truth.length, (encodedAt - start) / 1e9, (end - encodedAt) / 1e9);
        System.out.printf(Locale.ROOT, "   blocking: %d candidate pairs, pair completeness %.4f, reduction ratio %.5f%n",
                result.candidates().length, quality.pairCompleteness(), quality.reductionRatio());
        System.out.printf(Locale.ROOT, "   lambda %.4f%n", result.model().lambda());
        for (double t : SWEEP) {
            double[] prf = Febrl.score(result, truth.length, t);
            System.out.printf(Locale.ROOT, "   pairs   p >= %-5s precision %.4f recall %.4f F1 %.4f%s%n", t, prf[0],
                    prf[1], prf[2], t == THRESHOLD ? "   <- chosen" : "");
        }
        double[] clusters = Febrl.scoreClusters(result, truth.length, options.crossSourceOnly());
        System.out.printf(Locale.ROOT, "   clusters (p >= %s, %s) precision %.4f recall %.4f F1 %.4f, %d clusters%n",
                THRESHOLD, options.onePerSource() ? "one per source" : "max size " + options.maxClusterSize(),
                clusters[0], clusters[1], clusters[2], result.clusterCount());
    }
}
