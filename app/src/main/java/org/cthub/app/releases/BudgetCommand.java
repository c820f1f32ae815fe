package org.cthub.app.releases;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cthub.app.cli.Store;
import org.cthub.app.cli.StoreOptions;
import org.cthub.store.StoreException;
import org.cthub.store.audit.AuditEvent;
import org.cthub.store.audit.AuditLog;
import org.cthub.store.releases.PrivacyBudgets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cthub release budget}: shows the privacy budget of the consenting cases, or sets it. Setting it is a
 * decision of the collaborative's governance, taken on the server and written to the audit trail; the web
 * application only shows it.
 */
@Command(name = "budget", mixinStandardHelpOptions = true,
        description = {"Shows the privacy budget of the consenting cases across all releases and every charge to it; "
                + "with --epsilon (and --delta) sets it, recorded in the audit trail.",
                "Exit codes: 0 done, 1 store error, 2 bad option."})
public final class BudgetCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOptions store;

    @Option(names = "--epsilon", description = "The new total epsilon of all releases.")
    private BigDecimal epsilon;

    @Option(names = "--delta", description = "The new total delta (default: unchanged).")
    private BigDecimal delta;

    public BudgetCommand() {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (epsilon == null && delta != null) {
            err.println("cthub release budget: give --epsilon with --delta");
            return 2;
        }
        try (Store opened = store.open()) {
            PrivacyBudgets budgets = new PrivacyBudgets(opened.database(), opened.clock());
            if (epsilon != null) {
                PrivacyBudgets.Status before = budgets.status(PrivacyBudgets.CONSENTING_CASES);
                PrivacyBudgets.Budget budget = new PrivacyBudgets.Budget(epsilon,
                        delta != null ? delta : before.deltaBudget());
                budgets.setBudget(PrivacyBudgets.CONSENTING_CASES, budget, BuildCommand.ACTOR);
                new AuditLog(opened.database(), Clock.systemUTC()).append(new AuditEvent(BuildCommand.ACTOR, null,
                        "PRIVACY_BUDGET_SET", "PRIVACY_BUDGET", PrivacyBudgets.CONSENTING_CASES,
                        AuditEvent.Outcome.SUCCESS, String.format(Locale.ROOT, "epsilon %s -> %s, delta %s -> %s",
                                plain(before.epsilonBudget()), plain(budget.epsilon()), plain(before.deltaBudget()),
                                plain(budget.delta()))));
            }
            PrivacyBudgets.Status status = budgets.status(PrivacyBudgets.CONSENTING_CASES);
            out.printf(Locale.ROOT, "privacy budget of %s: epsilon %s spent of %s (%s left), delta %s of %s; set by %s"
                            + "%n", status.dataset(), plain(status.epsilonSpent()), plain(status.epsilonBudget()),
                    plain(status.epsilonRemaining()), plain(status.deltaSpent()), plain(status.deltaBudget()),
                    status.budgetSetBy());
            for (PrivacyBudgets.Charge charge : status.charges()) {
                out.printf(Locale.ROOT, "  %s  epsilon %-6s delta %-8s %-12s %s%s%n", charge.chargedAt(),
                        plain(charge.epsilon()), plain(charge.delta()), charge.chargedBy(), charge.purpose(),
                        charge.releaseId() == null ? " (not recorded)" : " -> release " + charge.releaseId());
            }
            out.flush();
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("cthub release budget: " + e.getMessage());
            return 2;
        } catch (StoreException e) {
            err.println("cthub release budget: " + e.getMessage());
            return 1;
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
