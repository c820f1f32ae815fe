package org.cthub.privacy.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cthub.privacy.Table;
import org.cthub.privacy.dp.LedgerEntry;
import org.cthub.privacy.dp.PrivacyBudgetLedger;

/**
 * Re-verifies a release from the released data alone, with code separate from the search that produced it, so
 * that anyone can re-run the disclosure check: every combination of quasi-identifiers occurs at least k times
 * (records whose quasi-identifiers are all {@code *} are suppressed and not counted), no column lies outside the
 * published schema, and the differential-privacy releases recorded in the ledger add up to no more than its
 * budget.
 */
public final class ReleaseCheck {

    /** The suppression marker of a released cell. */
    public static final String SUPPRESSED = "*";

    /**
     * What a release promises.
     *
     * @param schema the columns a release may contain
     * @param quasiIdentifiers the quasi-identifying columns, all in the schema
     * @param k the promised minimum class size
     */
    public record Specification(Set<String> schema, List<String> quasiIdentifiers, int k) {

        public Specification {
            schema = Set.copyOf(schema);
            quasiIdentifiers = List.copyOf(quasiIdentifiers);
            if (k < 1) {
                throw new IllegalArgumentException("k must be at least 1: " + k);
            }
            if (!schema.containsAll(quasiIdentifiers)) {
                throw new IllegalArgumentException("Every quasi-identifier must be in the schema");
            }
        }
    }

    /**
     * A broken promise. Codes: {@code R001} a class smaller than k, {@code R002} a column outside the schema,
     * {@code R003} a quasi-identifier missing, {@code R004} epsilon beyond the budget, {@code R005} delta beyond
     * the budget. Messages carry counts and column names, never cell values.
     */
    public record Problem(String code, String message) {
    }

    /**
     * @param problems every problem found; none when the release keeps its promises
     * @param classes released classes (suppressed records excluded)
     * @param smallestClass size of the smallest released class, 0 when none
     * @param suppressed records whose quasi-identifiers are all suppressed
     */
    public record Report(List<Problem> problems, long classes, long smallestClass, long suppressed) {

        public Report {
            problems = List.copyOf(problems);
        }

        public boolean passed() {
            return problems.isEmpty();
        }
    }

    /**
     * A dataset's privacy budget and the releases charged to it, as recorded (for example read back from the
     * store): the check adds the entries up itself rather than trusting the ledger's running total.
     */
    public record Budget(String dataset, BigDecimal epsilon, BigDecimal delta, List<LedgerEntry> entries) {

        public Budget {
            entries = List.copyOf(entries);
        }

        public static Budget of(PrivacyBudgetLedger ledger) {
            return new Budget(ledger.dataset(), ledger.epsilonBudget(), ledger.deltaBudget(), ledger.entries());
        }
    }

    private ReleaseCheck() {
    }

    /** Checks a release against its specification and, when given, the recorded privacy budget. */
    public static Report check(Table release, Specification specification, Optional<Budget> budget) {
        List<Problem> problems = new ArrayList<>();
        for (String column : release.columns()) {
            if (!specification.schema().contains(column)) {
                problems.add(new Problem("R002", "Column '" + column + "' is not in the release schema"));
            }
        }
        List<String> missing = specification.quasiIdentifiers().stream()
                .filter(column -> !release.columns().contains(column)).toList();
        if (!missing.isEmpty()) {
            problems.add(new Problem("R003", "Quasi-identifiers missing from the release: " + missing));
            return new Report(problems, 0, 0, 0);
        }
        int[] columns = specification.quasiIdentifiers().stream().mapToInt(release.columns()::indexOf).toArray();
        Map<List<String>, Long> classes = new HashMap<>();
        long suppressed = 0;
        for (List<String> row : release.rows()) {
            List<String> key = new ArrayList<>(columns.length);
            boolean allSuppressed = true;
            for (int column : columns) {
                key.add(row.get(column));
                allSuppressed &= SUPPRESSED.equals(row.get(column));
            }
            if (allSuppressed) {
                suppressed++;
            } else {
                classes.merge(key, 1L, Long::sum);
            }
        }
        long smallest = classes.values().stream().mapToLong(Long::longValue).min().orElse(0);
        long small = classes.values().stream().filter(size -> size < specification.k()).count();
        if (small > 0) {
            problems.add(new Problem("R001", small + " combination(s) of quasi-identifiers occur fewer than "
                    + specification.k() + " times (smallest: " + smallest + ")"));
        }
        budget.ifPresent(recorded -> checkBudget(recorded, problems));
        return new Report(problems, classes.size(), smallest, suppressed);
    }

    private static void checkBudget(Budget ledger, List<Problem> problems) {
        BigDecimal epsilon = BigDecimal.ZERO;
        BigDecimal delta = BigDecimal.ZERO;
        for (LedgerEntry entry : ledger.entries()) {
            epsilon = epsilon.add(entry.epsilon());
            delta = delta.add(entry.delta());
        }
        if (epsilon.compareTo(ledger.epsilon()) > 0) {
            problems.add(new Problem("R004", "The ledger of " + ledger.dataset() + " spends epsilon "
                    + epsilon.toPlainString() + ", over its budget " + ledger.epsilon().toPlainString()));
        }
        if (delta.compareTo(ledger.delta()) > 0) {
            problems.add(new Problem("R005", "The ledger of " + ledger.dataset() + " spends delta "
                    + delta.toPlainString() + ", over its budget " + ledger.delta().toPlainString()));
        }
    }
}
