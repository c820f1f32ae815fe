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
import org.cthub.store.Database;

/**
 * The privacy budget of a dataset across every release made from it (sequential composition: Dwork and Roth
 * 2014, Theorem 3.16). A charge locks the dataset's row, sums what was spent and refuses what would pass the
 * budget, all in one transaction, so two builds at once cannot both take the last of it. Charges are written
 * before any noise is drawn and are never undone.
 */
public final class PrivacyBudgets {

    /** The dataset every release is drawn from: the cases whose owners consented to sharing. */
    public static final String CONSENTING_CASES = "consenting-cases";

    /** One charge. {@code releaseId} is null for a build that was not recorded (refused, or a trial folder). */
    public record Charge(long id, String dataset, String purpose, BigDecimal epsilon, BigDecimal delta,
                         Long releaseId, String chargedBy, OffsetDateTime chargedAt) {
    }

    /** The budget and what was spent of it, oldest charge first. */
    public record Status(String dataset, BigDecimal epsilonBudget, BigDecimal deltaBudget, BigDecimal epsilonSpent,
                         BigDecimal deltaSpent, List<Charge> charges) {

        public Status {
            charges = List.copyOf(charges);
        }

        public BigDecimal epsilonRemaining() {
            return epsilonBudget.subtract(epsilonSpent).max(BigDecimal.ZERO);
        }

        public BigDecimal deltaRemaining() {
            return deltaBudget.subtract(deltaSpent).max(BigDecimal.ZERO);
        }
    }

    /** The budget of a dataset: the deployment's setting. */
    public record Budget(BigDecimal epsilon, BigDecimal delta) {

        public Budget {
            if (epsilon.signum() <= 0 || delta.signum() < 0 || delta.compareTo(BigDecimal.ONE) >= 0) {
                throw new IllegalArgumentException("A privacy budget needs epsilon > 0 and delta in [0, 1)");
            }
        }
    }

    private final Database database;
    private final Clock clock;

    public PrivacyBudgets(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Charges a dataset, or refuses.
     *
     * @return the charge's id, to attach the release to once it is recorded
     * @throws PrivacyBudgetRefusedException when the charge would pass the epsilon or the delta budget
     */
    public long charge(String dataset, Budget budget, String purpose, BigDecimal epsilon, BigDecimal delta,
                       String actor) {
        if (epsilon.signum() <= 0 || delta.signum() < 0) {
            throw new IllegalArgumentException("A charge needs epsilon > 0 and delta >= 0");
        }
        if (actor == null || actor.isBlank() || purpose == null || purpose.isBlank()) {
            throw new IllegalArgumentException("A charge needs a purpose and who made it");
        }
        return database.inTransaction(connection -> {
            lock(connection, dataset);
            BigDecimal[] spent = spent(connection, dataset);
            if (spent[0].add(epsilon).compareTo(budget.epsilon()) > 0
                    || spent[1].add(delta).compareTo(budget.delta()) > 0) {
                throw new PrivacyBudgetRefusedException(dataset, epsilon,
                        budget.epsilon().subtract(spent[0]).max(BigDecimal.ZERO), delta,
                        budget.delta().subtract(spent[1]).max(BigDecimal.ZERO));
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO privacy_budget_charge (dataset, "
                    + "purpose, epsilon, delta, charged_by, charged_at) VALUES (?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, dataset);
                insert.setString(2, purpose);
                insert.setBigDecimal(3, epsilon);
                insert.setBigDecimal(4, delta);
                insert.setString(5, actor);
                insert.setObject(6, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)
                        .truncatedTo(ChronoUnit.MICROS));
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

    public Status status(String dataset, Budget budget) {
        return database.inTransaction(connection -> {
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
            BigDecimal epsilon = charges.stream().map(Charge::epsilon).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal delta = charges.stream().map(Charge::delta).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new Status(dataset, budget.epsilon(), budget.delta(), epsilon, delta, charges);
        });
    }

    private static void lock(Connection connection, String dataset) throws SQLException {
        for (int attempt = 0; attempt < 2; attempt++) {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT dataset FROM privacy_budget_lock WHERE dataset = ? FOR UPDATE")) {
                select.setString(1, dataset);
                try (ResultSet row = select.executeQuery()) {
                    if (row.next()) {
                        return;
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO privacy_budget_lock (dataset) VALUES (?)")) {
                insert.setString(1, dataset);
                insert.executeUpdate();
            }
        }
    }

    private static BigDecimal[] spent(Connection connection, String dataset) throws SQLException {
        try (PreparedStatement sum = connection.prepareStatement("SELECT COALESCE(SUM(epsilon), 0), "
                + "COALESCE(SUM(delta), 0) FROM privacy_budget_charge WHERE dataset = ?")) {
            sum.setString(1, dataset);
            try (ResultSet row = sum.executeQuery()) {
                row.next();
                return new BigDecimal[] {row.getBigDecimal(1), row.getBigDecimal(2)};
            }
        }
    }
}
