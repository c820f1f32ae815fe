package org.cthub.store.casework;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.cthub.store.Database;
import org.cthub.store.RecordNotFoundException;
import org.cthub.store.audit.AuditLog;

/**
 * National referral mechanism decisions of cases: a referral to the competent authority for a
 * reasonable-grounds decision, then for a conclusive-grounds one, each pending until decided. A positive
 * reasonable-grounds decision opens a recovery and reflection period of at least {@value #MIN_REFLECTION_DAYS}
 * days (Council of Europe Convention on Action against Trafficking in Human Beings, CETS 197, Art. 13(1)).
 */
public final class NrmDecisions {

    /** The shortest recovery and reflection period the Convention allows, in days. */
    public static final int MIN_REFLECTION_DAYS = 30;

    private static final int MAX_AUTHORITY = 200;
    private static final String COLUMNS = "id, case_id, kind, referred_on, authority, decided_on, outcome, "
            + "reflection_ends_on, recorded_by, recorded_at, decided_by, decided_at";

    private final Database database;
    private final Trail trail;
    private final Clock clock;

    public NrmDecisions(Database database, AuditLog audit, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.trail = new Trail(audit);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records that a case was referred for a decision; the decision is pending until {@link #decide}.
     *
     * @param authority the competent authority, such as the national anti-trafficking office
     * @return the decision's id
     * @throws IllegalArgumentException when a value is missing, the date is in the future, or a
     *     conclusive-grounds referral comes before the positive reasonable-grounds decision it follows
     * @throws IllegalStateException when a decision of the same kind is pending for the case, or a
     *     conclusive-grounds referral has no positive reasonable-grounds decision to follow
     */
    public long refer(long caseId, NrmKind kind, LocalDate referredOn, String authority, String actor) {
        Checks.required("kind", kind);
        Checks.notAfter("referredOn", Checks.required("referredOn", referredOn), LocalDate.now(clock));
        String cleanAuthority = Checks.requiredText("authority", authority, MAX_AUTHORITY);
        String by = Checks.actor(actor);
        return database.inTransaction(connection -> {
            CaseVersions.lock(connection, caseId);
            List<NrmDecision> decisions = read(connection, "case_id = ?", caseId);
            if (decisions.stream().anyMatch(d -> d.kind() == kind && d.outcome() == NrmOutcome.PENDING)) {
                throw new IllegalStateException("Case " + caseId + " has a pending " + kind + " decision already");
            }
            if (kind == NrmKind.CONCLUSIVE_GROUNDS) {
                LocalDate positive = decisions.stream().filter(d -> d.kind() == NrmKind.REASONABLE_GROUNDS
                        && d.outcome() == NrmOutcome.POSITIVE).map(NrmDecision::decidedOn).max(LocalDate::compareTo)
                        .orElseThrow(() -> new IllegalStateException("Case " + caseId + " needs a positive "
                                + "reasonable-grounds decision before a conclusive-grounds referral"));
                if (referredOn.isBefore(positive)) {
                    throw new IllegalArgumentException("referredOn cannot be before the positive "
                            + "reasonable-grounds decision");
                }
            }
            long id = Jdbc.insert(connection, "INSERT INTO nrm_decision (case_id, kind, referred_on, authority, "
                    + "outcome, recorded_by, recorded_at) VALUES (?, ?, ?, ?, 'PENDING', ?, ?)",
                    List.of(caseId, kind, referredOn, cleanAuthority, by, Jdbc.now(clock)));
            trail.record(connection, by, "NRM_REFER", "CASE", caseId, "kind=" + kind + " decision=" + id);
            return id;
        });
    }

    /**
     * Records the authority's decision on a pending referral. For a positive reasonable-grounds decision the
     * reflection period ends on {@code reflectionEndsOn}, or {@value #MIN_REFLECTION_DAYS} days after the
     * decision when it is null.
     *
     * @throws IllegalArgumentException when the outcome is PENDING or missing, the date is in the future or
     *     before the referral, the reflection period is shorter than {@value #MIN_REFLECTION_DAYS} days, or
     *     one is given for any other decision
     * @throws IllegalStateException when the decision was made already
     */
    public void decide(long decisionId, NrmOutcome outcome, LocalDate decidedOn, LocalDate reflectionEndsOn,
                       String actor) {
        if (Checks.required("outcome", outcome) == NrmOutcome.PENDING) {
            throw new IllegalArgumentException("outcome must be POSITIVE or NEGATIVE");
        }
        Checks.notAfter("decidedOn", Checks.required("decidedOn", decidedOn), LocalDate.now(clock));
        String by = Checks.actor(actor);
        database.inTransaction(connection -> {
            NrmDecision pending = read(connection, "id = ?", decisionId).stream().findFirst()
                    .orElseThrow(() -> new RecordNotFoundException("NRM decision", decisionId));
            CaseVersions.lock(connection, pending.caseId());
            if (pending.outcome() != NrmOutcome.PENDING) {
                throw new IllegalStateException("NRM decision " + decisionId + " was decided already");
            }
            if (decidedOn.isBefore(pending.referredOn())) {
                throw new IllegalArgumentException("decidedOn cannot be before the referral");
            }
            LocalDate endsOn = reflectionEnd(pending.kind(), outcome, decidedOn, reflectionEndsOn);
            Jdbc.update(connection, "UPDATE nrm_decision SET outcome = ?, decided_on = ?, reflection_ends_on = ?, "
                    + "decided_by = ?, decided_at = ? WHERE id = ? AND outcome = 'PENDING'",
                    Arrays.asList(outcome, decidedOn, endsOn, by, Jdbc.now(clock), decisionId));
            trail.record(connection, by, "NRM_DECIDE", "CASE", pending.caseId(), "kind=" + pending.kind()
                    + " outcome=" + outcome + " decision=" + decisionId);
            return null;
        });
    }

    /** The decisions of a case, in the order they were referred. */
    public List<NrmDecision> list(long caseId) {
        return database.inTransaction(connection -> read(connection, "case_id = ?", caseId));
    }

    /**
     * The supervisor's report of an organisation's own cases: waiting times over the cases with both
     * decisions, and the reflection periods that end between today and {@code endingWithinDays} days from now.
     */
    public NrmReport report(long organisationId, int endingWithinDays) {
        if (endingWithinDays < 0) {
            throw new IllegalArgumentException("endingWithinDays cannot be negative");
        }
        LocalDate today = LocalDate.now(clock);
        return database.inTransaction(connection -> NrmReporting.report(connection, organisationId, today,
                today.plusDays(endingWithinDays)));
    }

    static LocalDate reflectionEnd(NrmKind kind, NrmOutcome outcome, LocalDate decidedOn, LocalDate endsOn) {
        if (kind != NrmKind.REASONABLE_GROUNDS || outcome != NrmOutcome.POSITIVE) {
            if (endsOn != null) {
                throw new IllegalArgumentException("reflectionEndsOn is only for a positive reasonable-grounds "
                        + "decision");
            }
            return null;
        }
        LocalDate earliest = decidedOn.plusDays(MIN_REFLECTION_DAYS);
        if (endsOn != null && endsOn.isBefore(earliest)) {
            throw new IllegalArgumentException("reflectionEndsOn must be at least " + MIN_REFLECTION_DAYS
                    + " days after decidedOn (Council of Europe Convention, Art. 13)");
        }
        return endsOn == null ? earliest : endsOn;
    }

    private static List<NrmDecision> read(Connection connection, String where, long id) throws SQLException {
        List<NrmDecision> decisions = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM nrm_decision WHERE "
                + where + " ORDER BY referred_on, id")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    decisions.add(new NrmDecision(row.getLong("id"), row.getLong("case_id"),
                            NrmKind.valueOf(row.getString("kind")), Jdbc.date(row, "referred_on"),
                            row.getString("authority"), Jdbc.date(row, "decided_on"),
                            NrmOutcome.valueOf(row.getString("outcome")), Jdbc.date(row, "reflection_ends_on"),
                            row.getString("recorded_by"), Jdbc.instant(row, "recorded_at"),
                            row.getString("decided_by"), Jdbc.instant(row, "decided_at")));
                }
            }
        }
        return decisions;
    }
}
