package org.cthub.store.casework;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cthub.standard.htcds.AgeBand;
import org.cthub.standard.htcds.CaseStatus;
import org.cthub.standard.htcds.Gender;
import org.cthub.standard.htcds.Picklists;
import org.cthub.standard.htcds.TypeOfExploitation;
import org.cthub.store.cases.CaseRows;
import org.cthub.store.crypto.EncryptedValue;

/**
 * The lines of a page of the case list, read by id: the query columns, and the display name decrypted from
 * the identifiers alone (not the whole record). A case whose identifiers were erased shows no name.
 */
final class CaseSummaries {

    private CaseSummaries() {
    }

    /** The summaries of the cases with these ids, in the ids' order. */
    static List<CaseSummary> read(Connection connection, CaseRows rows, List<Long> ids)
            throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, CaseSummary> byId = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT c.id, c.organisation_id, o.code, "
                + "c.reference, c.status, c.caseworker, c.registration_date, c.gender, c.age_band, c.citizenship, "
                + "c.exploitation_types, c.version, c.identifiers, c.key_id, c.identifiers_erased_at "
                + "FROM trafficking_case c JOIN organisation o ON o.id = c.organisation_id WHERE c.id IN ("
                + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")")) {
            Jdbc.bind(select, ids);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    byId.put(row.getLong("id"), summary(row, rows));
                }
            }
        }
        return ids.stream().map(byId::get).toList();
    }

    private static CaseSummary summary(ResultSet row, CaseRows rows) throws SQLException {
        long organisationId = row.getLong("organisation_id");
        String reference = row.getString("reference");
        String name = row.getObject("identifiers_erased_at") != null ? null : rows.displayName(organisationId,
                reference, new EncryptedValue(row.getString("key_id"), row.getString("identifiers")));
        String ageBand = row.getString("age_band");
        return new CaseSummary(row.getLong("id"), row.getString("code"), reference,
                Picklists.parse(CaseStatus.class, row.getString("status")).orElse(null), row.getString("caseworker"),
                Jdbc.date(row, "registration_date"),
                Picklists.parse(Gender.class, row.getString("gender")).orElse(null),
                ageBand == null ? null : AgeBand.valueOf(ageBand), row.getString("citizenship"),
                exploitationTypes(row.getString("exploitation_types")), row.getInt("version"), name);
    }

    private static Set<TypeOfExploitation> exploitationTypes(String joined) {
        Set<TypeOfExploitation> types = EnumSet.noneOf(TypeOfExploitation.class);
        if (joined != null) {
            for (String name : joined.split(";")) {
                Picklists.parse(TypeOfExploitation.class, name).ifPresent(types::add);
            }
        }
        return types;
    }
}
