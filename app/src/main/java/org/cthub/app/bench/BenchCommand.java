package org.cthub.app.bench;

import picocli.CommandLine.Command;

/** {@code cthub bench}: the benchmarks, each printing its figures next to a peer run in the same process. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks and checks against published figures.",
        subcommands = {ImportBench.class, CtdcCheck.class})
public final class BenchCommand {
}
