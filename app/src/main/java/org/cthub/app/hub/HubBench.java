package org.cthub.app.hub;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cthub.opendata.OpenRelease;
import org.cthub.opendata.Query;
import org.cthub.opendata.ReleaseData;
import org.cthub.opendata.SmallCellProtection;
import org.cthub.opendata.Variable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cthub bench hub}: the hub's engine against DuckDB on the same release, in the same run. Every query is
 * first checked to give DuckDB's counts exactly; then each engine answers it alternately for a time budget. CT
 * Hub's time includes the protection of every count; DuckDB computes the cells only.
 */
@Command(name = "hub", mixinStandardHelpOptions = true,
        description = "The public hub's query engine against DuckDB on 25 dashboard queries, at 1 and 10 million records.")
public final class HubBench implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--rows", split = ",", defaultValue = "1000000,10000000",
            description = "Release sizes in records (default: ${DEFAULT-VALUE}).")
    private List<Integer> sizes;

    @Option(names = "--seconds", defaultValue = "0.6",
            description = "Time budget per query and engine, in seconds (default: ${DEFAULT-VALUE}).")
    private double seconds;

    @Option(names = "--seed", defaultValue = "20261128")
    private long seed;

    @Option(names = "--ctdc", paramLabel = "FILE", description = "Also run on a CTDC public file (the "
            + "victim-perpetrator dataset in ../shared/ctdc), every variable and every pair.")
    private Path ctdc;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        ReleaseData source = GeneratedRelease.source(seed);
        out.printf(Locale.ROOT, "hub bench: %,d generated cases derived to CTDC 2024 in %.1f s, drawn with replacement "
                + "to each size; %d cores, heap %,d MB%n", source.rows(), (System.nanoTime() - start) / 1e9,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        boolean agreed = true;
        for (int size : sizes) {
            ReleaseData data = source.resample(size, seed + size, seed);
            agreed &= run(out, "CTDC 2024 layout, " + String.format(Locale.ROOT, "%,d", size) + " records", data,
                    DashboardQueries.ctdc2024(data));
        }
        if (ctdc != null) {
            ReleaseData real = ReleaseData.read(ctdc, seed);
            agreed &= run(out, ctdc.getFileName() + ", " + String.format(Locale.ROOT, "%,d", real.rows()) + " records",
                    real, everyVariableAndPair(real));
        }
        out.printf(Locale.ROOT, "total time %.0f s%n", (System.nanoTime() - start) / 1e9);
        out.flush();
        return agreed ? 0 : 1;
    }

    private boolean run(PrintWriter out, String title, ReleaseData data, List<DashboardQueries.Named> queries)
            throws Exception {
        OpenRelease release = new OpenRelease(data, SmallCellProtection.forThreshold(11));
        try (BenchPeer duckDb = PeerLoader.duckDb()) {
            long start = System.nanoTime();
            String engine = duckDb.load(data);
            out.printf(Locale.ROOT, "%n%s; %s, loaded with its Appender in %.1f s%n", title, engine,
                    (System.nanoTime() - start) / 1e9);
            out.printf(Locale.ROOT, "%-52s %9s %9s %9s %9s %7s %7s%n", "query", "CT p50", "CT p99", "Duck p50",
                    "Duck p99", "p50 x", "p99 x");
            List<Long> allOurs = new ArrayList<>();
            double logRatios = 0;
            for (DashboardQueries.Named named : queries) {
                Map<List<String>, Long> expected = duckDb.counts(named.query());
                Map<List<String>, Long> ours = data.unprotectedCounts(named.query());
                if (!expected.equals(ours)) {
                    out.printf("%s: the engines disagree%n  SQL: %s%n", named.name(), duckDb.sql(named.query()));
                    return false;
                }
                long[][] samples = measure(release, duckDb, named.query());
                Arrays.stream(samples[0]).forEach(allOurs::add);
                double ours50 = percentile(samples[0], 0.5);
                double theirs50 = percentile(samples[1], 0.5);
                logRatios += Math.log(theirs50 / ours50);
                out.printf(Locale.ROOT, "%-52s %9.3f %9.3f %9.3f %9.3f %7.1f %7.1f%n", named.name(), ours50,
                        percentile(samples[0], 0.99), theirs50, percentile(samples[1], 0.99), theirs50 / ours50,
                        percentile(samples[1], 0.99) / percentile(samples[0], 0.99));
            }
            long[] all = allOurs.stream().mapToLong(Long::longValue).sorted().toArray();
            out.printf(Locale.ROOT, "all %d queries agree with DuckDB's counts; CT Hub p99 over every answer %.3f ms "
                            + "(%d answers); DuckDB / CT Hub, geometric mean of the p50 ratios: %.1f%n", queries.size(),
                    percentile(all, 0.99), all.length, Math.exp(logRatios / queries.size()));
        }
        return true;
    }

    /** Alternating samples in nanoseconds, CT Hub's first: warm-up, then until the budget or 2,000 samples. */
    private long[][] measure(OpenRelease release, BenchPeer duckDb, Query query) throws Exception {
        for (int warm = 0; warm < 3; warm++) {
            release.answer(query);
            duckDb.counts(query);
        }
        long[] ours = new long[2000];
        long[] theirs = new long[2000];
        int n = 0;
        long end = System.nanoTime() + (long) (2 * seconds * 1e9);
        while (n < ours.length && (n < 15 || System.nanoTime() < end)) {
            long t0 = System.nanoTime();
            release.answer(query);
            long t1 = System.nanoTime();
            duckDb.counts(query);
            long t2 = System.nanoTime();
            ours[n] = t1 - t0;
            theirs[n] = t2 - t1;
            n++;
        }
        long[] a = Arrays.copyOf(ours, n);
        long[] b = Arrays.copyOf(theirs, n);
        Arrays.sort(a);
        Arrays.sort(b);
        return new long[][] {a, b};
    }

    private static double percentile(long[] sortedNanos, double p) {
        int index = (int) Math.min(sortedNanos.length - 1, Math.max(0, Math.ceil(p * sortedNanos.length) - 1));
        return sortedNanos[index] / 1e6;
    }

    private static List<DashboardQueries.Named> everyVariableAndPair(ReleaseData data) {
        List<DashboardQueries.Named> queries = new ArrayList<>();
        List<Variable> variables = data.variables();
        for (Variable variable : variables) {
            queries.add(new DashboardQueries.Named("by " + variable.name(), Query.groupBy(variable.name())));
        }
        for (int a = 0; a < variables.size(); a++) {
            for (int b = a + 1; b < variables.size(); b++) {
                queries.add(new DashboardQueries.Named(variables.get(a).name() + " x " + variables.get(b).name(),
                        Query.groupBy(variables.get(a).name(), variables.get(b).name())));
            }
        }
        return queries;
    }
}
