package org.cthub.store.releases;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cthub.store.Database;

/**
 * The privacy budget of a dataset across every release made from it (sequential composition: Dwork and Roth
 * 2014, Theorem 3.16). The budget and the running sums live in one row; a charge is a single guarded UPDATE that
 * adds to the sums only while they stay within the budget, plus a row naming the charge, in one transaction. The
 * guard is evaluated on the newest row version whatever the isolation level, so two builds at once cannot both
 * take the last of the budget. Charges are written before any noise is drawn and are never undone.
 */
public final class PrivacyBudgets {

    /** The dataset every release is drawn from: the cases whose owners consented to sharing. */
    public static final String CONSENTING_CASES = "consenting-cases";

    /** Amounts are kept to this many decimals; a finer epsilon would be rounded, so it is refused. */
    public static final int SCALE = 10;

    /** One charge. {@code releaseId} is null for a build that was not recorded (failed, or a trial folder). */
    public record Charge(long id, String dataset, String purpose, BigDecimal epsilon, BigDecimal delta,
                         Long releaseId, String chargedBy, OffsetDateTime chargedAt) {
    }

    /** The budget of a dataset. */
    public record Budget(BigDecimal epsilon, BigDecimal delta) {

        public Budget {
            if (epsilon.signum() <= 0 || delta.signum() < 0 || delta.compareTo(BigDecimal.ONE) >= 0) {
                throw new IllegalArgumentException("A privacy budget needs epsilon > 0 and delta in [0, 1)");
            }
            if (epsilon.stripTrailingZeros().scale() > SCALE) {
                throw new IllegalArgumentException("A privacy budget's epsilon has at most " + SCALE + " decimals");
            }
        }
    }

    /** The budget, what was spent of it, who set it and when, and every charge, oldest first. */
    public record Status(String dataset, Budget budget, BigDecimal epsilonSpent, BigDecimal deltaSpent,
                         String budgetSetBy, OffsetDateTime budgetSetAt, List<Charge> charges) {

        public Status {
            charges = List.copyOf(charges);
        }

        public BigDecimal epsilonBudget() {
            return budget.epsilon();
        }

        public BigDecimal deltaBudget() {
            return budget.delta();
        }

        public BigDecimal epsilonRemaining() {
            return budget.epsilon().subtract(epsilonSpent).max(BigDecimal.ZERO);
        }

        public BigDecimal deltaRemaining() {
            return budget.delta().subtract(deltaSpent).max(BigDecimal.ZERO);
        }
    }

    private final Database database;
    private final Clock clock;

    public PrivacyBudgets(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Sets a dataset's budget (creating the dataset when new). A budget below what was spent is allowed: nothing
     * more can then be charged. The caller records who did it in the audit trail.
     */
    public void setBudget(String dataset, Budget budget, String actor) {
        requireText(actor, "who sets the budget");
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE privacy_budget SET epsilon_budget = ?, "
                    + "delta_budget = ?, budget_set_by = ?, budget_set_at = ? WHERE dataset = ?")) {
                update.setBigDecimal(1, budget.epsilon());
                update.setBigDecimal(2, budget.delta());
                update.setString(3, actor);
                update.setObject(4, now());
                update.setString(5, dataset);
                if (update.executeUpdate() == 1) {
                    return null;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO privacy_budget (dataset, "
                    + "epsilon_budget, delta_budget, epsilon_spent, delta_spent, budget_set_by, budget_set_at) "
                    + "VALUES (?, ?, ?, 0, 0, ?, ?)")) {
                insert.setString(1, dataset);
                insert.setBigDecimal(2, budget.epsilon());
                insert.setBigDecimal(3, budget.delta());
                insert.setString(4, actor);
                insert.setObject(5, now());
                insert.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Charges a dataset, or refuses and charges nothing.
     *
     * @return the charge's id, to attach the release to once it is recorded
     * @throws PrivacyBudgetRefusedException when the charge would pass the epsilon or the delta budget
     * @throws IllegalArgumentException when the amounts are not positive, epsilon has more than {@link #SCALE}
     *                                  decimals, or the dataset has no budget
     */
    public long charge(String dataset, String purpose, BigDecimal epsilon, BigDecimal delta, String actor) {
        if (epsilon.signum() <= 0 || delta.signum() < 0 || delta.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("A charge needs epsilon > 0 and delta in [0, 1)");
        }
        if (epsilon.stripTrailingZeros().scale() > SCALE) {
            throw new IllegalArgumentException("Epsilon has at most " + SCALE + " decimals");
        }
        requireText(actor, "who makes the charge");
        requireText(purpose, "the charge's purpose");
        return database.inTransaction(connection -> {
            try (PreparedStatement add = connection.prepareStatement("UPDATE privacy_budget SET "
                    + "epsilon_spent = epsilon_spent + ?, delta_spent = delta_spent + ? WHERE dataset = ? "
                    + "AND epsilon_spent + ? <= epsilon_budget AND delta_spent + ? <= delta_budget")) {
                add.setBigDecimal(1, epsilon);
                add.setBigDecimal(2, delta);
                add.setString(3, dataset);
                add.setBigDecimal(4, epsilon);
                add.setBigDecimal(5, delta);
                if (add.executeUpdate() != 1) {
                    Status status = read(connection, dataset).orElseThrow(() -> new IllegalArgumentException(
                            "No privacy budget is set for " + dataset));
                    throw new PrivacyBudgetRefusedException(dataset, epsilon, status.epsilonRemaining(), delta,
                            status.deltaRemaining());
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO privacy_budget_charge (dataset, "
                    + "purpose, epsilon, delta, charged_by, charged_at) VALUES (?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, dataset);
                insert.setString(2, purpose);
                insert.setBigDecimal(3, epsilon);
                insert.setBigDecimal(4, delta);
                insert.setString(5, actor);
                insert.setObject(6, now());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /** Says which release a charge paid for, once the release is recorded. */
    public void attach(long chargeId, long releaseId) {
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE privacy_budget_charge SET release_id = ? WHERE id = ? AND release_id IS NULL")) {
                update.setLong(1, releaseId);
                update.setLong(2, chargeId);
                return update.executeUpdate();
            }
        });
    }

    /** @throws IllegalArgumentException when the dataset has no budget */
    public Status status(String dataset) {
        return database.inTransaction(connection -> read(connection, dataset)
                .orElseThrow(() -> new IllegalArgumentException("No privacy budget is set for " + dataset)));
    }

    private static Optional<Status> read(Connection connection, String dataset) throws SQLException {
        Budget budget;
        BigDecimal epsilonSpent;
        BigDecimal deltaSpent;
        String setBy;
        OffsetDateTime setAt;
        try (PreparedStatement select = connection.prepareStatement("SELECT epsilon_budget, delta_budget, "
                + "epsilon_spent, delta_spent, budget_set_by, budget_set_at FROM privacy_budget WHERE dataset = ?")) {
            select.setString(1, dataset);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                budget = new Budget(row.getBigDecimal(1).stripTrailingZeros(), row.getBigDecimal(2).stripTrailingZeros());
                epsilonSpent = row.getBigDecimal(3).stripTrailingZeros();
                deltaSpent = row.getBigDecimal(4).stripTrailingZeros();
                setBy = row.getString(5);
                setAt = row.getObject(6, OffsetDateTime.class);
            }
        }
        List<Charge> charges = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, dataset, purpose, epsilon, delta, "
                + "release_id, charged_by, charged_at FROM privacy_budget_charge WHERE dataset = ? ORDER BY id")) {
            select.setString(1, dataset);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long release = rows.getLong(6);
                    charges.add(new Charge(rows.getLong(1), rows.getString(2), rows.getString(3),
                            rows.getBigDecimal(4).stripTrailingZeros(), rows.getBigDecimal(5).stripTrailingZeros(),
                            rows.wasNull() ? null : release, rows.getString(7),
                            rows.getObject(8, OffsetDateTime.class)));
                }
            }
        }
        return Optional.of(new Status(dataset, budget, epsilonSpent, deltaSpent, setBy, setAt, charges));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A privacy budget needs " + what);
        }
    }
}
