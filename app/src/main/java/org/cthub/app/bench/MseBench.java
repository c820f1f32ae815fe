package org.cthub.app.bench;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cthub.estimation.bench.MseBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cthub bench mse}: stepwise MSE with 1,000 BCa replicates, timed against SparseMSE's published times. */
@Command(name = "mse", mixinStandardHelpOptions = true,
        description = "Times stepwise MSE (p = 0.02) with 1,000 BCa replicates on Western, NewOrl_5, NewOrl and "
                + "Ned_5, and prints the speed-up over SparseMSE's times on this machine.")
final class MseBench implements Callable<Integer> {

    @Option(names = "--data", defaultValue = "../shared/mse", description = "The reference datasets' folder.")
    private Path data;

    @Override
    public Integer call() {
        MseBenchmark.main(new String[] {data.toString()});
        return 0;
    }
}
