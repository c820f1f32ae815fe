package org.cthub.estimation.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.cthub.estimation.CaptureTable;
import org.cthub.estimation.EstimationOptions;
import org.cthub.estimation.MultipleSystemsEstimator;
import org.cthub.estimation.PopulationEstimate;

/**
 * Times SparseMSE's workload: stepwise at p = 0.02 with a 1000-replicate BCa bootstrap (model re-chosen in every
 * replicate, plus the jackknife), on the datasets for which SparseMSE's own timings are known. Usage:
 * {@code MseBenchmark DIR [replicates] [threads] [repeats]} where DIR holds Western.csv, NewOrl_5.csv, NewOrl.csv
 * and Ned_5.csv. Each dataset is run {@code repeats} times (default 3; the results are identical) and the median
 * and fastest wall-clock times are reported, which steadies the figures on a shared machine.
 */
public final class MseBenchmark {

    /** Dataset and the seconds SparseMSE 2.0.1 took for {@code estimatepopulation(nboot = 1000)}. */
    private record Case(String dataset, double sparseMseSeconds) {
    }

    private static final List<Case> CASES = List.of(new Case("Western", 136), new Case("NewOrl_5", 182),
            new Case("NewOrl", 1066), new Case("Ned_5", 519));

    private MseBenchmark() {
    }

    public static void main(String[] args) {
        Path directory = Path.of(args.length > 0 ? args[0] : "../shared/mse");
        int replicates = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        int repeats = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        EstimationOptions options = EstimationOptions.defaults().withBootstrap(replicates, 1234).withThreads(threads);
        MultipleSystemsEstimator estimator = new MultipleSystemsEstimator();
        // One short run first, so that the timings below are of compiled code, as a long-running server's would be.
        estimator.estimate(CaptureTable.read(directory.resolve("Western.csv")), options.withBootstrap(100, 1));
        System.out.printf("stepwise p=0.02, BCa %d replicates, seed 1234, %d threads, median of %d runs%n",
                replicates, threads, repeats);
        System.out.printf("%-9s %9s %-22s %-22s %8s %8s %8s %9s  %s%n", "dataset", "estimate", "BCa 95%", "BCa 80%",
                "seconds", "fastest", "R (s)", "speed-up", "model");
        double total = 0;
        double totalR = 0;
        for (Case benchmark : CASES) {
            CaptureTable table = CaptureTable.read(directory.resolve(benchmark.dataset() + ".csv"));
            double[] seconds = new double[repeats];
            PopulationEstimate result = null;
            for (int run = 0; run < repeats; run++) {
                long start = System.nanoTime();
                result = estimator.estimate(table, options);
                seconds[run] = (System.nanoTime() - start) / 1e9;
            }
            Arrays.sort(seconds);
            double median = seconds[repeats / 2];
            total += median;
            totalR += benchmark.sparseMseSeconds();
            System.out.printf("%-9s %9.1f %-22s %-22s %8.2f %8.2f %8.0f %8.0fx  %s%n", benchmark.dataset(),
                    result.estimate(), interval(result.ci95()), interval(result.ci80()), median, seconds[0],
                    benchmark.sparseMseSeconds(), benchmark.sparseMseSeconds() / median, result.model());
        }
        System.out.printf("%-9s %9s %-22s %-22s %8.2f %8s %8.0f %8.0fx%n", "total", "", "", "", total, "", totalR,
                totalR / total);
    }

    private static String interval(PopulationEstimate.Interval interval) {
        return String.format("[%.1f, %.1f]", interval.low(), interval.high());
    }
}
