package org.cthub.store.casework;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cthub.store.Database;
import org.cthub.store.RecordNotFoundException;
import org.cthub.store.audit.AuditLog;
import org.cthub.store.cases.CaseRows;

/**
 * The services delivered in a case. Edits are optimistic, as for cases: an update names the version it was
 * based on and fails with {@link ServiceDeliveryChangedException} when someone updated the service in between.
 */
public final class ServiceDeliveries {

    private static final String COLUMNS = "id, case_id, version, type, provider, started_on, ended_on, outcome, "
            + "support_plan_index, created_at, created_by, changed_at, changed_by";

    private final Database database;
    private final CaseVersions versions;
    private final Trail trail;
    private final Clock clock;

    public ServiceDeliveries(Database database, CaseRows rows, AuditLog audit, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.versions = new CaseVersions(rows);
        this.trail = new Trail(audit);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Adds a service to a case.
     *
     * @return the service's id
     * @throws IllegalArgumentException when the support plan index names no support plan of the case
     * @throws RecordNotFoundException when the case does not exist or is voided
     */
    public long add(long caseId, ServiceDetails details, String actor) {
        Checks.required("details", details);
        String by = Checks.actor(actor);
        return database.inTransaction(connection -> {
            requirePlan(connection, caseId, details.supportPlanIndex());
            OffsetDateTime now = Jdbc.now(clock);
            long id = Jdbc.insert(connection, "INSERT INTO service_delivery (case_id, type, provider, started_on, "
                    + "ended_on, outcome, support_plan_index, created_at, created_by, changed_at, changed_by) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Arrays.asList(caseId, details.type(),
                    details.provider(), details.startedOn(), details.endedOn(), details.outcome(),
                    details.supportPlanIndex(), now, by, now, by));
            trail.record(connection, by, "SERVICE_ADD", "CASE", caseId, "service=" + id + " type=" + details.type()
                    + " outcome=" + details.outcome());
            return id;
        });
    }

    /**
     * Replaces a service's details.
     *
     * @param expectedVersion the version the change is based on
     * @return the new version
     * @throws ServiceDeliveryChangedException when the service is no longer at {@code expectedVersion}
     * @throws RecordNotFoundException when the service does not exist
     */
    public int update(long serviceDeliveryId, int expectedVersion, ServiceDetails details, String actor) {
        Checks.required("details", details);
        String by = Checks.actor(actor);
        return database.inTransaction(connection -> {
            ServiceDelivery current = select(connection, "id = ? FOR UPDATE", serviceDeliveryId).stream()
                    .findFirst().orElseThrow(() -> new RecordNotFoundException("Service delivery",
                            serviceDeliveryId));
            if (current.version() != expectedVersion) {
                throw new ServiceDeliveryChangedException(serviceDeliveryId, current.version(), current.changedBy());
            }
            requirePlan(connection, current.caseId(), details.supportPlanIndex());
            int changed = Jdbc.update(connection, "UPDATE service_delivery SET type = ?, provider = ?, "
                    + "started_on = ?, ended_on = ?, outcome = ?, support_plan_index = ?, changed_at = ?, "
                    + "changed_by = ?, version = version + 1 WHERE id = ? AND version = ?", Arrays.asList(
                    details.type(), details.provider(), details.startedOn(), details.endedOn(), details.outcome(),
                    details.supportPlanIndex(), Jdbc.now(clock), by, serviceDeliveryId, expectedVersion));
            if (changed != 1) {
                throw new ServiceDeliveryChangedException(serviceDeliveryId, expectedVersion + 1, null);
            }
            trail.record(connection, by, "SERVICE_UPDATE", "CASE", current.caseId(), "service=" + serviceDeliveryId
                    + " outcome=" + details.outcome());
            return expectedVersion + 1;
        });
    }

    public Optional<ServiceDelivery> find(long serviceDeliveryId) {
        return database.inTransaction(connection -> select(connection, "id = ?", serviceDeliveryId).stream()
                .findFirst());
    }

    /** The services of a case in the order they were added. */
    public List<ServiceDelivery> list(long caseId) {
        return database.inTransaction(connection -> select(connection, "case_id = ? ORDER BY id", caseId));
    }

    /** Reads the case only when a plan is named: the support plans are inside its record. */
    private void requirePlan(Connection connection, long caseId, Integer supportPlanIndex) throws SQLException {
        CaseVersions.StoredRow stored = CaseVersions.read(connection, caseId)
                .orElseThrow(() -> new RecordNotFoundException("Case", caseId));
        if (supportPlanIndex != null
                && supportPlanIndex >= versions.decrypt(stored).record().supportPlans().size()) {
            throw new IllegalArgumentException("supportPlanIndex names no support plan of the case");
        }
    }

    private static List<ServiceDelivery> select(Connection connection, String where, long id) throws SQLException {
        List<ServiceDelivery> services = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM service_delivery "
                + "WHERE " + where)) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    services.add(new ServiceDelivery(row.getLong("id"), row.getLong("case_id"), row.getInt("version"),
                            new ServiceDetails(ServiceType.valueOf(row.getString("type")), row.getString("provider"),
                                    Jdbc.date(row, "started_on"), Jdbc.date(row, "ended_on"),
                                    ServiceOutcome.valueOf(row.getString("outcome")),
                                    Jdbc.integer(row, "support_plan_index")),
                            Jdbc.instant(row, "created_at"), row.getString("created_by"),
                            Jdbc.instant(row, "changed_at"), row.getString("changed_by")));
                }
            }
        }
        return services;
    }
}
