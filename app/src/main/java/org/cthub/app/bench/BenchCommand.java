package org.cthub.app.bench;

import org.cthub.app.hub.HubBench;
import org.cthub.app.releases.ReleaseBench;
import picocli.CommandLine.Command;

/** {@code cthub bench}: the benchmarks, each printing its figures next to a peer run in the same process. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks and checks against published figures.",
        subcommands = {ImportBench.class, CtdcCheck.class, MseBench.class, AdultBench.class,
                ReleaseBench.class, WebBench.class, HubBench.class, org.cthub.app.hub.HubApiBench.class})
public final class BenchCommand {
}
