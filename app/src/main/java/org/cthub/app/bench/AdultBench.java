package org.cthub.app.bench;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cthub.privacy.bench.AdultBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cthub bench adult}: the k-anonymity search on ARX's adult benchmark, next to ARX 3.9's optima. */
@Command(name = "adult", mixinStandardHelpOptions = true,
        description = "Runs k = 5 on ARX's adult data (9 quasi-identifiers) with 0%% and 5%% suppression, and at "
                + "1,000,000 rows, printing transformations, Loss and times next to ARX 3.9's.")
final class AdultBench implements Callable<Integer> {

    @Option(names = "--data", defaultValue = "../shared/privacy/adult", description = "The adult data folder.")
    private Path data;

    @Override
    public Integer call() throws Exception {
        AdultBenchmark.main(new String[] {data.toString()});
        return 0;
    }
}
