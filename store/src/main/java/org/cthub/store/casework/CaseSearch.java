package org.cthub.store.casework;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.cthub.store.cases.CaseRows;

/**
 * The case list. An organisation sees two sets of cases: its own, and the few others referred to it. Each set
 * is queried on its own, newest first with a limit of offset + limit rows, and the two are merged here: the
 * own cases' query walks {@code ix_trafficking_case_registration} in its order and stops after those rows.
 * One query with an OR of both sets, or a UNION ALL of them (PostgreSQL 15 does not merge-append a UNION ALL
 * subquery), sorts every case of the organisation instead: measured 40 ms against 0.2 ms on 100,000 cases.
 * The wide columns and the identifiers are then read for the page's ids only ({@link CaseSummaries}).
 */
final class CaseSearch {

    /** Cases another organisation shared and this one accepted: a referral while it runs, a transfer for good. */
    // As Referrals.canAccess: a referral under way gives access; an accepted transfer makes the case the
    // receiver's own, so no ended referral of any kind gives access (a case transferred back stays with its owner).
    static final String REFERRED_TO = "SELECT r.case_id FROM case_referral r WHERE r.to_organisation_id = ? "
            + "AND r.state IN ('ACCEPTED', 'SERVICES_STARTED')";
    private static final String OWN = "c.organisation_id = ?";
    private static final String REFERRED = "c.id IN (" + REFERRED_TO + ") AND c.organisation_id <> ? "
            + "AND c.consent_to_share = TRUE";
    private static final Comparator<Listed> NEWEST_FIRST = Comparator.comparing(Listed::registrationDate,
            Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(Listed::id, Comparator.reverseOrder());

    private CaseSearch() {
    }

    /** An SQL text and its parameters. */
    record Sql(String text, List<Object> parameters) {
    }

    private record Listed(long id, LocalDate registrationDate) {
    }

    /** The ids of the own cases ({@code referred} false) or the referred ones, in list order, up to the page's end. */
    static Sql ids(CaseQuery query, boolean referred) {
        List<Object> parameters = visibleTo(query, referred);
        String filters = filters(query, parameters);
        parameters.add(query.offset() + query.limit());
        return new Sql("SELECT c.id, c.registration_date FROM trafficking_case c WHERE " + (referred ? REFERRED : OWN)
                + " AND c.voided = FALSE" + filters
                + " ORDER BY c.registration_date DESC NULLS LAST, c.id DESC LIMIT ?",
                parameters);
    }

    /** How many cases match, counting no further than {@code cap} when it is not null. */
    static Sql count(CaseQuery query, boolean referred, Long cap) {
        List<Object> parameters = visibleTo(query, referred);
        String filters = filters(query, parameters);
        String matching = "FROM trafficking_case c WHERE " + (referred ? REFERRED : OWN) + " AND c.voided = FALSE"
                + filters;
        if (cap == null) {
            return new Sql("SELECT COUNT(*) " + matching, parameters);
        }
        parameters.add(cap);
        return new Sql("SELECT COUNT(*) FROM (SELECT 1 " + matching + " LIMIT ?) capped", parameters);
    }

    static CasePage run(Connection connection, CaseRows rows, CaseQuery query) throws SQLException {
        List<Listed> listed = new ArrayList<>(listed(connection, ids(query, false)));
        listed.addAll(listed(connection, ids(query, true)));
        listed.sort(NEWEST_FIRST);
        List<Long> page = listed.subList(Math.min(query.offset(), listed.size()),
                Math.min(query.offset() + query.limit(), listed.size())).stream().map(Listed::id).toList();
        // Counting every case of a large organisation costs more than the page itself (a scan of 100,000 rows
        // was most of the list's time); past COUNT_LIMIT the list says "more than" instead.
        long cap = CasePage.COUNT_LIMIT + 1;
        long total = Math.min(cap, number(connection, count(query, false, cap))
                + number(connection, count(query, true, cap)));
        return new CasePage(CaseSummaries.read(connection, rows, page), total);
    }

    static long countAll(Connection connection, CaseQuery query) throws SQLException {
        return number(connection, count(query, false, null)) + number(connection, count(query, true, null));
    }

    private static List<Object> visibleTo(CaseQuery query, boolean referred) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(query.visibleToOrganisationId());
        if (referred) {
            parameters.add(query.visibleToOrganisationId());
        }
        return parameters;
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

    private static List<Listed> listed(Connection connection, Sql sql) throws SQLException {
        List<Listed> listed = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql.text())) {
            Jdbc.bind(select, sql.parameters());
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    listed.add(new Listed(row.getLong(1), Jdbc.date(row, "registration_date")));
                }
            }
        }
        return listed;
    }

    private static long number(Connection connection, Sql sql) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql.text())) {
            Jdbc.bind(select, sql.parameters());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
