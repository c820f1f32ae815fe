package org.cthub.app;

import org.cthub.app.admin.UsersCommand;
import org.cthub.app.bench.BenchCommand;
import org.cthub.app.demo.DemoCommand;
import org.cthub.app.estimates.EstimateCommand;
import org.cthub.app.exports.ExportCommand;
import org.cthub.app.generate.GenerateCommand;
import org.cthub.app.imports.ImportCommand;
import org.cthub.app.linkage.LinkCommand;
import org.cthub.app.releases.ReleaseCommand;
import org.cthub.app.server.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code cthub} command line: the pipelines of CT Hub, usable without the server. */
@Command(name = "cthub", mixinStandardHelpOptions = true, version = "CT Hub 0.1.0",
        description = "CT Hub: counter-trafficking case data, harmonised, confidential and open.",
        subcommands = {ImportCommand.class, ExportCommand.class, GenerateCommand.class, DemoCommand.class,
                EstimateCommand.class, LinkCommand.class, ReleaseCommand.class, BenchCommand.class,
                ServeCommand.class, UsersCommand.class, CommandLine.HelpCommand.class})
public final class Cthub implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with every subcommand, for tests and embedding. */
    public static CommandLine commandLine() {
        return new CommandLine(new Cthub()).setExecutionExceptionHandler(Cthub::failed);
    }

    /**
     * One line for a command that failed, never a stack trace: messages of CT Hub's own exceptions are written
     * to name the file, row and field without personal values, but a library's message (a JSON parser's, a
     * driver's) may quote the data, so only its kind is shown.
     */
    private static int failed(Exception failure, CommandLine command, CommandLine.ParseResult parsed) {
        String reason = failure.getClass().getName().startsWith("org.cthub.") && failure.getMessage() != null
                ? failure.getMessage()
                : failure.getClass().getSimpleName() + " (details withheld: they may quote the data)";
        command.getErr().println("cthub " + command.getCommandName() + ": failed: " + reason);
        return 1;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
