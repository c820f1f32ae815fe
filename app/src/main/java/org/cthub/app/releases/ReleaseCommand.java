package org.cthub.app.releases;

import picocli.CommandLine.Command;

/** {@code cthub release}: anonymised releases of the pooled case data. */
@Command(name = "release", mixinStandardHelpOptions = true,
        description = "Builds anonymised releases of the cases whose owners consented to sharing.",
        subcommands = {BuildCommand.class, BudgetCommand.class, AddExternalCommand.class})
public final class ReleaseCommand {

    public ReleaseCommand() {
    }
}
