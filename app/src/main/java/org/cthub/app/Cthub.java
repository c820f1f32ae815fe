package org.cthub.app;

import org.cthub.app.bench.BenchCommand;
import org.cthub.app.demo.DemoCommand;
import org.cthub.app.estimates.EstimateCommand;
import org.cthub.app.exports.ExportCommand;
import org.cthub.app.generate.GenerateCommand;
import org.cthub.app.imports.ImportCommand;
import org.cthub.app.linkage.LinkCommand;
import org.cthub.app.releases.ReleaseCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code cthub} command line: the pipelines of CT Hub, usable without the server. */
@Command(name = "cthub", mixinStandardHelpOptions = true, version = "CT Hub 0.1.0",
        description = "CT Hub: counter-trafficking case data, harmonised, confidential and open.",
        subcommands = {ImportCommand.class, ExportCommand.class, GenerateCommand.class, DemoCommand.class,
                EstimateCommand.class, LinkCommand.class, ReleaseCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Cthub implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with every subcommand, for tests and embedding. */
    public static CommandLine commandLine() {
        return new CommandLine(new Cthub());
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
