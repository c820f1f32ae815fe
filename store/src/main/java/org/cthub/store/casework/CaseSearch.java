package org.cthub.store.casework;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cthub.standard.htcds.AgeBand;
import org.cthub.standard.htcds.CaseStatus;
import org.cthub.standard.htcds.Gender;
import org.cthub.standard.htcds.Picklists;
import org.cthub.standard.htcds.TypeOfExploitation;
import org.cthub.store.cases.CaseRows;
import org.cthub.store.crypto.EncryptedValue;

/**
 * The SQL of the case list. The visible cases are two branches joined by UNION ALL: the organisation's own
 * (walked in the order of {@code ix_trafficking_case_registration}, so a page reads about as many index
 * entries as it shows) and those referred to it, a handful. An OR of the two would defeat the index and sort
 * every case of the organisation. The page selects ids first and reads the wide columns and the identifiers of
 * those ids only; names are decrypted in Java for the page's rows alone.
 */
final class CaseSearch {

    /** Cases another organisation shared and this one accepted: a referral while it runs, a transfer for good. */
    static final String REFERRED_TO = "SELECT r.case_id FROM case_referral r WHERE r.to_organisation_id = ? "
            + "AND (r.state IN ('ACCEPTED', 'SERVICES_STARTED') OR (r.kind = 'TRANSFER' AND r.state = 'CLOSED'))";
    private static final String ORDER = " ORDER BY registration_date DESC NULLS LAST, id DESC";

    private CaseSearch() {
    }

    /** An SQL text and its parameters. */
    record Sql(String text, List<Object> parameters) {
    }

    static Sql page(CaseQuery query) {
        Sql visible = visible(query);
        List<Object> parameters = new ArrayList<>(visible.parameters());
        parameters.add(query.limit());
        parameters.add(query.offset());
        return new Sql("SELECT c.id, c.organisation_id, o.code, c.reference, c.status, c.caseworker, "
                + "c.registration_date, c.gender, c.age_band, c.citizenship, c.exploitation_types, c.version, "
                + "c.identifiers, c.key_id, c.identifiers_erased_at FROM (SELECT id, registration_date FROM ("
                + visible.text() + ") v" + ORDER + " LIMIT ? OFFSET ?) p JOIN trafficking_case c ON c.id = p.id "
                + "JOIN organisation o ON o.id = c.organisation_id ORDER BY c.registration_date DESC NULLS LAST, "
                + "c.id DESC", parameters);
    }

    static Sql count(CaseQuery query) {
        Sql visible = visible(query);
        return new Sql("SELECT COUNT(*) FROM (" + visible.text() + ") v", visible.parameters());
    }

    static CasePage run(Connection connection, CaseRows rows, CaseQuery query) throws SQLException {
        List<CaseSummary> items = new ArrayList<>();
        Sql page = page(query);
        try (PreparedStatement select = connection.prepareStatement(page.text())) {
            Jdbc.bind(select, page.parameters());
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    items.add(summary(row, rows));
                }
            }
        }
        Sql count = count(query);
        try (PreparedStatement select = connection.prepareStatement(count.text())) {
            Jdbc.bind(select, count.parameters());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return new CasePage(items, row.getLong(1));
            }
        }
    }

    private static Sql visible(CaseQuery query) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(query.visibleToOrganisationId());
        String filters = filters(query, parameters);
        parameters.add(query.visibleToOrganisationId());
        parameters.add(query.visibleToOrganisationId());
        filters(query, parameters);
        String text = "SELECT c.id, c.registration_date FROM trafficking_case c WHERE c.organisation_id = ? "
                + "AND c.voided = FALSE" + filters
                + " UNION ALL SELECT c.id, c.registration_date FROM trafficking_case c WHERE c.id IN ("
                + REFERRED_TO + ") AND c.organisation_id <> ? AND c.voided = FALSE" + filters;
        return new Sql(text, parameters);
    }

    /** The conditions of the query's filters, adding their values to {@code parameters}. */
    private static String filters(CaseQuery query, List<Object> parameters) {
        StringBuilder where = new StringBuilder();
        if (!query.statuses().isEmpty()) {
            where.append(" AND c.status IN (").append(String.join(", ",
                    Collections.nCopies(query.statuses().size(), "?"))).append(')');
            EnumSet.copyOf(query.statuses()).forEach(status -> parameters.add(status.valueName()));
        }
        condition(where, parameters, " AND c.caseworker = ?", query.caseworker());
        condition(where, parameters, " AND c.registration_date >= ?", query.registeredFrom());
        condition(where, parameters, " AND c.registration_date <= ?", query.registeredTo());
        condition(where, parameters, " AND c.citizenship = ?", query.citizenship());
        condition(where, parameters, " AND CONCAT(';', c.exploitation_types, ';') LIKE ?",
                query.exploitationType() == null ? null : "%;" + query.exploitationType().valueName() + ";%");
        condition(where, parameters, " AND c.reference LIKE ? ESCAPE '\\'", query.referencePrefix() == null ? null
                : query.referencePrefix().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        return where.toString();
    }

    private static void condition(StringBuilder where, List<Object> parameters, String sql, Object value) {
        if (value != null) {
            where.append(sql);
            parameters.add(value);
        }
    }

    private static CaseSummary summary(ResultSet row, CaseRows rows) throws SQLException {
        long organisationId = row.getLong("organisation_id");
        String reference = row.getString("reference");
        String name = row.getObject("identifiers_erased_at") != null ? null : rows.displayName(organisationId,
                reference, new EncryptedValue(row.getString("key_id"), row.getString("identifiers")));
        String ageBand = row.getString("age_band");
        return new CaseSummary(row.getLong("id"), row.getString("code"), reference,
                Picklists.parse(CaseStatus.class, row.getString("status")).orElse(null), row.getString("caseworker"),
                Jdbc.date(row, "registration_date"), Picklists.parse(Gender.class, row.getString("gender")).orElse(null),
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
