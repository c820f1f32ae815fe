package org.cthub.store.linkage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.cthub.linkage.duplicate.PersonDetails;
import org.cthub.linkage.duplicate.SamePersonModel;
import org.cthub.store.Database;
import org.cthub.store.UnableToExecuteStatementException;
import org.cthub.store.cases.CaseRows;
import org.cthub.store.crypto.EncryptedValue;

/**
 * Finds an organisation's cases that may be the person being registered: the cases sharing a blocking token
 * with them (an index lookup; nothing else is decrypted), compared by {@link SamePersonModel} and ranked by match
 * probability. Retyped names, transliterations from Arabic or Cyrillic and swapped day and month are found.
 *
 * <p>Cases stored before blocking tokens existed are filled the first time an organisation is checked (and then
 * remembered, because every writer fills the tokens of what it writes), so a check never misses a case for want
 * of its tokens; {@link #fillAll} does the same for every organisation in a background pass after start-up, so
 * that few checks wait for it. Thread-safe.
 */
public final class PossibleDuplicates {

    /** At most this many cases are filled in one transaction. */
    static final int FILL_BATCH = 500;

    /**
     * A token shared by more cases than this is skipped: such a block is a placeholder birth date (1 January of a
     * year) or a very common name skeleton, and decrypting all of it would make a check cost as much as a scan.
     * The person's other tokens still find a real duplicate (docs/linkage.md).
     */
    static final int MAX_BLOCK = 500;

    /**
     * A case that may be the same person.
     *
     * @param agreeing the fields of {@link SamePersonModel#FIELDS} that agree exactly or nearly
     */
    public record Candidate(long caseId, String reference, double probability, List<String> agreeing) {
    }

    private final Database database;
    private final CaseRows rows;
    private final Clock clock;
    private final Set<Long> filled = ConcurrentHashMap.newKeySet();
    private final int maxBlock;

    public PossibleDuplicates(Database database, CaseRows rows, Clock clock) {
        this(database, rows, clock, MAX_BLOCK);
    }

    PossibleDuplicates(Database database, CaseRows rows, Clock clock, int maxBlock) {
        this.maxBlock = maxBlock;
        this.database = Objects.requireNonNull(database, "database");
        this.rows = Objects.requireNonNull(rows, "rows");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The organisation's cases, not voided and with identifiers, whose match probability with the person is
     * at least {@link SamePersonModel#WARNING_THRESHOLD}, most probable first.
     *
     * @param limit the most cases returned
     */
    public List<Candidate> find(long organisationId, PersonDetails person, int limit) {
        Objects.requireNonNull(person, "person");
        return find(organisationId, person, limit, SamePersonModel.WARNING_THRESHOLD);
    }

    List<Candidate> find(long organisationId, PersonDetails person, int limit, double threshold) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        Set<Long> wanted = CaseLinkTokens.wanted(rows.cipher(), organisationId, person);
        if (wanted.isEmpty()) {
            return List.of();
        }
        fill(organisationId);
        List<Candidate> found = database.inTransaction(connection -> {
            Set<Long> tokens = smallBlocks(connection, organisationId, wanted);
            if (tokens.isEmpty()) {
                return new ArrayList<Candidate>();
            }
            String sql = "SELECT c.id, c.reference, c.record_json, c.identifiers, c.key_id FROM trafficking_case c "
                    + "WHERE c.organisation_id = ? AND c.voided = FALSE AND c.identifiers_erased_at IS NULL AND c.id IN "
                    + "(SELECT t.case_id FROM case_link_token t WHERE t.organisation_id = ? AND t.token IN ("
                    + String.join(", ", Collections.nCopies(tokens.size(), "?")) + "))";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                int index = 1;
                select.setLong(index++, organisationId);
                select.setLong(index++, organisationId);
                for (long token : tokens) {
                    select.setLong(index++, token);
                }
                List<Candidate> out = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        PersonDetails stored = CaseLinkTokens.details(rows.restore(organisationId,
                                row.getString("reference"), row.getString("record_json"),
                                new EncryptedValue(row.getString("key_id"), row.getString("identifiers"))).person());
                        SamePersonModel.Comparison comparison = SamePersonModel.compare(person, stored);
                        if (comparison.probability() >= threshold) {
                            out.add(new Candidate(row.getLong("id"), row.getString("reference"),
                                    comparison.probability(), comparison.agreeing()));
                        }
                    }
                }
                return out;
            }
        });
        found.sort(Comparator.comparingDouble(Candidate::probability).reversed()
                .thenComparingLong(Candidate::caseId));
        return List.copyOf(found.subList(0, Math.min(limit, found.size())));
    }

    /** The wanted tokens whose block in the organisation holds at most {@link #maxBlock} cases. */
    private Set<Long> smallBlocks(Connection connection, long organisationId, Set<Long> wanted)
            throws SQLException {
        Set<Long> kept = new java.util.LinkedHashSet<>(wanted);
        try (PreparedStatement count = connection.prepareStatement("SELECT t.token, COUNT(*) FROM case_link_token t "
                + "WHERE t.organisation_id = ? AND t.token IN (" + String.join(", ", Collections.nCopies(
                        wanted.size(), "?")) + ") GROUP BY t.token")) {
            int index = 1;
            count.setLong(index++, organisationId);
            for (long token : wanted) {
                count.setLong(index++, token);
            }
            try (ResultSet row = count.executeQuery()) {
                while (row.next()) {
                    if (row.getLong(2) > maxBlock) {
                        kept.remove(row.getLong(1));
                    }
                }
            }
        }
        return kept;
    }

    /**
     * Writes the tokens of the organisation's cases that have none yet, in transactions of {@value #FILL_BATCH}.
     *
     * @return the number of cases filled
     */
    public long fill(long organisationId) {
        if (filled.contains(organisationId)) {
            return 0;
        }
        long total = 0;
        for (int attempt = 0; ; ) {
            try {
                // The ids first, in one pass; then the cases by id, a batch per transaction. Paging through
                // "the next cases without tokens" made H2 sort the organisation's cases for every batch.
                List<Long> ids = database.inTransaction(connection -> missingIds(connection, organisationId));
                for (int from = 0; from < ids.size(); from += FILL_BATCH) {
                    List<Long> batch = ids.subList(from, Math.min(ids.size(), from + FILL_BATCH));
                    total += database.inTransaction(connection -> fillBatch(connection, organisationId, batch));
                }
                break;
            } catch (UnableToExecuteStatementException e) {
                // A writer filled one of the same cases meanwhile; the next pass no longer sees it.
                if (!e.isUniqueViolation() || ++attempt == 3) {
                    throw e;
                }
            }
        }
        filled.add(organisationId);
        return total;
    }

    /**
     * Fills every organisation that has cases without tokens, for a background pass after start-up, so that
     * few users meet the lazy fill; the check stays correct without it.
     *
     * @return the number of cases filled
     */
    public long fillAll() {
        List<Long> organisations = database.inTransaction(connection -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT DISTINCT c.organisation_id FROM "
                    + "trafficking_case c WHERE NOT EXISTS (SELECT 1 FROM case_link_state s WHERE s.case_id = c.id)");
                 ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getLong(1));
                }
            }
            return ids;
        });
        long total = 0;
        for (long organisationId : organisations) {
            total += fill(organisationId);
        }
        return total;
    }

    private static List<Long> missingIds(Connection connection, long organisationId) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT c.id FROM trafficking_case c "
                + "WHERE c.organisation_id = ? AND NOT EXISTS (SELECT 1 FROM case_link_state s "
                + "WHERE s.case_id = c.id)")) {
            select.setLong(1, organisationId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getLong(1));
                }
            }
        }
        return ids;
    }

    private int fillBatch(Connection connection, long organisationId, List<Long> ids) throws SQLException {
        record Missing(long id, String reference, String recordJson, EncryptedValue identifiers, boolean erased) {
        }
        List<Missing> missing = new ArrayList<>();
        // The rows are locked, and read after the lock, so that an erasure cannot commit between this read and
        // the tokens' insert: an erasure that came first is seen (its case gets no tokens), one that comes later
        // waits for this transaction and then deletes the tokens written here.
        try (PreparedStatement select = connection.prepareStatement("SELECT c.id, c.reference, c.record_json, "
                + "c.identifiers, c.key_id, c.identifiers_erased_at FROM trafficking_case c "
                + "WHERE c.organisation_id = ? AND c.id IN ("
                + String.join(", ", Collections.nCopies(ids.size(), "?")) + ") AND NOT EXISTS "
                + "(SELECT 1 FROM case_link_state s WHERE s.case_id = c.id) FOR UPDATE")) {
            int index = 1;
            select.setLong(index++, organisationId);
            for (long id : ids) {
                select.setLong(index++, id);
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    missing.add(new Missing(row.getLong(1), row.getString(2), row.getString(3),
                            new EncryptedValue(row.getString(5), row.getString(4)), row.getObject(6) != null));
                }
            }
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MICROS);
        try (CaseLinkWriter writer = new CaseLinkWriter(connection, rows.cipher(), now)) {
            for (Missing kase : missing) {
                writer.add(kase.id(), organisationId, kase.erased() ? null : rows.restore(organisationId,
                        kase.reference(), kase.recordJson(), kase.identifiers()).person(), true);
            }
            writer.flush();
        }
        return missing.size();
    }
}
