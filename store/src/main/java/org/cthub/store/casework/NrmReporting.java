package org.cthub.store.casework;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The queries of the NRM report; the figures are computed by {@link Waits}. */
final class NrmReporting {

    private NrmReporting() {
    }

    static NrmReport report(Connection connection, long organisationId, LocalDate from, LocalDate to)
            throws SQLException {
        List<Waits.Decided> decided = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT d.id, d.case_id, d.kind, d.referred_on, "
                + "d.decided_on FROM nrm_decision d JOIN trafficking_case c ON c.id = d.case_id "
                + "WHERE c.organisation_id = ? AND c.voided = FALSE AND d.outcome <> 'PENDING' "
                + "ORDER BY d.case_id, d.decided_on, d.id")) {
            select.setLong(1, organisationId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    decided.add(new Waits.Decided(row.getLong(1), row.getLong(2), NrmKind.valueOf(row.getString(3)),
                            Jdbc.date(row, "referred_on"), Jdbc.date(row, "decided_on")));
                }
            }
        }
        NrmReport.Waiting[] waiting = Waits.of(decided);
        List<NrmReport.ReflectionPeriod> ending = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT d.case_id, c.reference, "
                + "d.reflection_ends_on FROM nrm_decision d JOIN trafficking_case c ON c.id = d.case_id "
                + "WHERE c.organisation_id = ? AND c.voided = FALSE AND d.reflection_ends_on >= ? "
                + "AND d.reflection_ends_on <= ? ORDER BY d.reflection_ends_on, d.case_id")) {
            Jdbc.bind(select, List.of(organisationId, from, to));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    ending.add(new NrmReport.ReflectionPeriod(row.getLong(1), row.getString(2),
                            Jdbc.date(row, "reflection_ends_on")));
                }
            }
        }
        return new NrmReport(organisationId, waiting[0], waiting[1], ending);
    }
}
