package org.cthub.app.admin;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.cthub.app.cli.Store;
import org.cthub.app.cli.StoreOptions;
import org.cthub.app.security.Passwords;
import org.cthub.app.security.Role;
import org.cthub.store.audit.AuditEvent;
import org.cthub.store.audit.AuditLog;
import org.cthub.store.organisations.Organisation;
import org.cthub.store.users.UserAccount;
import org.cthub.store.users.Users;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cthub users}: accounts from the command line, for the first administrator and for scripts. */
@Command(name = "users", mixinStandardHelpOptions = true, description = "Manages accounts of the web application.",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListAccounts.class, UsersCommand.Disable.class})
public final class UsersCommand {

    /** {@code cthub users add}: the password is read from standard input, never from an argument. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Creates an account. The password is read from standard input (one line).")
    static final class Add implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private StoreOptions store;

        @Option(names = "--org", required = true, description = "The organisation's code (created if new).")
        private String organisation;

        @Option(names = "--role", required = true,
                description = "One of: ${COMPLETION-CANDIDATES}.")
        private Role role;

        @Option(names = "--username", required = true, description = "The login name.")
        private String username;

        @Option(names = "--name", description = "The name shown in the application (default: the username).")
        private String displayName;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            String name = Users.normaliseUsername(username);
            char[] password = readPassword();
            String problem = Passwords.problem(name, java.nio.CharBuffer.wrap(password));
            if (problem != null) {
                spec.commandLine().getErr().println("cthub users add: " + problem);
                return 1;
            }
            try (Store opened = store.open()) {
                Organisation organisation = opened.organisations().findOrCreate(organisation(), "cli");
                Users users = new Users(opened.database(), Clock.systemUTC());
                UserAccount account = users.create(organisation, name, displayName, role.name(),
                        Passwords.encoder().encode(java.nio.CharBuffer.wrap(password)), "cli");
                new AuditLog(opened.database(), Clock.systemUTC()).append(new AuditEvent("cli",
                        organisation.code(), "USER_CREATE", "USER", Long.toString(account.id()),
                        AuditEvent.Outcome.SUCCESS, role.name()));
                out.printf("Created %s (%s) in %s%n", account.username(), role, organisation.code());
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
            return 0;
        }

        private String organisation() {
            return organisation;
        }

        private static char[] readPassword() throws IOException {
            Console console = System.console();
            if (console != null) {
                char[] typed = console.readPassword("Password (at least %d characters): ", Passwords.MINIMUM_LENGTH);
                return typed == null ? new char[0] : typed;
            }
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? new char[0] : line.toCharArray();
        }
    }

    /** {@code cthub users list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the accounts.")
    static final class ListAccounts implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private StoreOptions store;

        @Override
        public Integer call() {
            try (Store opened = store.open()) {
                for (UserAccount account : new Users(opened.database(), Clock.systemUTC()).list(null)) {
                    spec.commandLine().getOut().printf("%-24s %-10s %-14s %s%n", account.username(),
                            account.organisationCode(), account.role(), account.enabled() ? "enabled" : "disabled");
                }
            }
            return 0;
        }
    }

    /** {@code cthub users disable}: at once, for people who leave. */
    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Disables an account.")
    static final class Disable implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private StoreOptions store;

        @Option(names = "--username", required = true, description = "The login name.")
        private String username;

        @Override
        public Integer call() {
            try (Store opened = store.open()) {
                Users users = new Users(opened.database(), Clock.systemUTC());
                UserAccount account = users.findByUsername(username).orElse(null);
                if (account == null) {
                    spec.commandLine().getErr().println("cthub users disable: no account " + username);
                    return 1;
                }
                users.setEnabled(account.id(), false, "cli");
                new AuditLog(opened.database(), Clock.systemUTC()).append(new AuditEvent("cli",
                        account.organisationCode(), "USER_DISABLE", "USER", Long.toString(account.id()),
                        AuditEvent.Outcome.SUCCESS, null));
                spec.commandLine().getOut().println("Disabled " + account.username());
            }
            return 0;
        }
    }
}
