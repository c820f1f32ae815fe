package org.cthub.app.demo;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cthub.app.cli.Store;
import org.cthub.store.casework.CaseFiles;
import org.cthub.store.organisations.Organisation;

/**
 * Gives the demo's imported cases to the organisation's caseworker and supervisor in turn, so that the case
 * list's caseworker filter and "my cases" have something to show. Cases given already keep their caseworker.
 */
final class DemoCaseworkers {

    private DemoCaseworkers() {
    }

    static int ensure(Store store, List<Organisation> organisations) {
        CaseFiles cases = new CaseFiles(store.database(), store.rows(),
                new org.cthub.store.audit.AuditLog(store.database(), store.clock()), store.clock());
        int assigned = 0;
        for (Organisation organisation : organisations) {
            String code = organisation.code().toLowerCase(Locale.ROOT);
            String[] workers = {"caseworker." + code, "supervisor." + code};
            List<Long> unassigned = unassigned(store, organisation.id());
            for (int i = 0; i < unassigned.size(); i++) {
                cases.assign(unassigned.get(i), workers[i % 2], "demo");
                assigned++;
            }
        }
        return assigned;
    }

    private static List<Long> unassigned(Store store, long organisationId) {
        return store.database().inTransaction(connection -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id FROM trafficking_case "
                    + "WHERE organisation_id = ? AND caseworker IS NULL AND voided = FALSE ORDER BY id")) {
                select.setLong(1, organisationId);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        ids.add(row.getLong(1));
                    }
                }
            }
            return ids;
        });
    }
}
