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
        int large = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        if (large > 0 && args.length > 2 && "--large-only".equals(args[2])) {
            LargeLinkage.run(large);
            return;
        }
        List<String> table = new ArrayList<>();
        table.add(row("FEBRL4 CT Hub plain", run("FEBRL4 plain  ", four, linkOptions, false)));
        table.add(row("FEBRL4 CT Hub encoded", run("FEBRL4 encoded", four, linkOptions, true)));
        List<PersonRecord> fourA = four.stream().filter(r -> r.source().equals("a")).toList();
        List<PersonRecord> fourB = four.stream().filter(r -> r.source().equals("b")).toList();
        table.add(duke("FEBRL4 Duke 1.2 untuned", DukeSideBySide.link(fourA, fourB, fourA.size())));
        table.add(row("FEBRL3 CT Hub plain", run("FEBRL3 plain  ", three, dedupeOptions, false)));
        table.add(row("FEBRL3 CT Hub encoded", run("FEBRL3 encoded", three, dedupeOptions, true)));
        long truth3 = Febrl.truePairs(three.stream().map(PersonRecord::id).toList(),
                three.stream().map(PersonRecord::source).toList(), false).length;
        table.add(duke("FEBRL3 Duke 1.2 untuned", DukeSideBySide.deduplicate(three, truth3)));
        System.out.printf(Locale.ROOT, "%n== Side by side, pairs at p >= %s (Duke: its threshold 0.9), same run%n",
                THRESHOLD);
        System.out.printf(Locale.ROOT, "   %-26s %9s %9s %9s %9s%n", "", "precision", "recall", "F1", "seconds");
        table.forEach(System.out::println);
        DiceThroughput.run(new RecordLinker(dedupeOptions).encode(SECRET, three));
        ArabicNames.run(data.resolve("names/google-ar2en/ar2en-test.txt"));
        if (large > 0) {
            LargeLinkage.run(large);
        }
    }

    private static String row(String name, double[] outcome) {
        return String.format(Locale.ROOT, "   %-26s %9.4f %9.4f %9.4f %9.2f", name, outcome[0], outcome[1], outcome[2],
                outcome[3]);
    }

    private static String duke(String name, DukeSideBySide.Outcome outcome) {
        return row(name, new double[] {outcome.precision(), outcome.recall(), outcome.f1(), outcome.seconds()});
    }

    /** Runs one linkage and prints its figures; returns precision, recall and F1 at the threshold, and seconds. */
    static double[] run(String name, List<PersonRecord> records, LinkageOptions options, boolean encoded) {
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
        double[] chosen = Febrl.score(result, truth.length, THRESHOLD);
        return new double[] {chosen[0], chosen[1], chosen[2], (end - start) / 1e9};
    }
}
