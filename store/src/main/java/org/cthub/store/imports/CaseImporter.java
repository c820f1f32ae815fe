package org.cthub.store.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.store.Database;
import org.cthub.store.cases.CaseRows;
import org.cthub.store.cases.CaseWriter;
import org.cthub.store.organisations.Organisation;
import org.cthub.store.organisations.Organisations;

/**
 * Imports a contributor's file all or nothing: the batch and every accepted case are committed together, or
 * nothing is, whatever fails (the database, a record, the iterator reading the file). Only the organisation,
 * created on its first import, outlives a failed import. A file the organisation imported before changes
 * nothing. Memory does not grow with the file: records are written as the iterator yields them.
 */
public final class CaseImporter {

    private final Database database;
    private final Organisations organisations;
    private final CaseRows rows;
    private final Clock clock;

    public CaseImporter(Database database, Organisations organisations, CaseRows rows, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.organisations = Objects.requireNonNull(organisations, "organisations");
        this.rows = Objects.requireNonNull(rows, "rows");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The batch in which the organisation imported a file with this SHA-256, if it did; empty for an unknown
     * organisation. Lets a caller say "imported before" without reading the file.
     */
    public Optional<ImportBatch> findBatch(String organisationCode, String sha256) {
        Objects.requireNonNull(sha256, "sha256");
        return organisations.findByCode(organisationCode).flatMap(organisation -> database.inTransaction(
                connection -> ImportBatches.find(connection, organisation, sha256.strip().toLowerCase(Locale.ROOT))));
    }

    /** Imports a file; see {@link #importBatch(ImportRequest, LongConsumer)}. */
    public ImportOutcome importBatch(ImportRequest request) {
        return importBatch(request, written -> { });
    }

    /**
     * Imports a file.
     *
     * @param progress told the number of records written so far, after every {@value CaseWriter#BATCH_SIZE}
     * @throws UnableToImportException when the records do not number the request's accepted rows
     * @throws org.cthub.store.cases.UnableToWriteCaseException when a record has no reference
     * @throws org.cthub.store.cases.ConcurrentCaseUpdateException when another transaction wrote the same
     *     cases meanwhile
     * @throws RuntimeException whatever the iterator throws, after rolling back
     */
    public ImportOutcome importBatch(ImportRequest request, LongConsumer progress) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(progress, "progress");
        Organisation organisation = organisations.findOrCreate(request.organisationCode(), request.importedBy());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        try {
            return database.inTransaction(connection -> {
                Optional<ImportBatch> earlier = ImportBatches.find(connection, organisation, request.sha256());
                if (earlier.isPresent()) {
                    return new ImportOutcome(true, earlier.get());
                }
                long batchId = insertBatch(connection, organisation, request, now);
                CaseWriter.Counts counts;
                try (CaseWriter writer = new CaseWriter(connection, rows, organisation.id(), batchId,
                        request.importedBy(), now, progress)) {
                    long[] number = {0};
                    try (ReadAhead<CaseRecord, CaseWriter.Ready> ready = new ReadAhead<>(request.records(),
                            record -> CaseWriter.ready(rows, organisation.id(), ++number[0], record),
                            "cthub-import-preparer")) {
                        ready.forEachRemaining(writer::write);
                    }
                    counts = writer.finish();
                }
                long totalRows = request.counts().totalRows();
                long rejectedRows = request.counts().rejectedRows();
                ImportRequest.requireCounts(totalRows, rejectedRows);
                if (counts.written() != totalRows - rejectedRows) {
                    throw new UnableToImportException("The file yielded " + counts.written() + " records, but its "
                            + totalRows + " rows less " + rejectedRows + " rejected make "
                            + (totalRows - rejectedRows) + "; nothing was imported");
                }
                ImportBatches.complete(connection, batchId, totalRows, rejectedRows, counts);
                return new ImportOutcome(false, new ImportBatch(batchId, organisation.code(), request.fileName(),
                        request.sha256(), request.format(), totalRows, counts.written(),
                        rejectedRows, counts.inserted(), counts.updated(), counts.unchanged(),
                        request.importedBy(), now));
            });
        } catch (SameFileMeanwhile e) {
            return database.inTransaction(connection -> new ImportOutcome(true,
                    ImportBatches.find(connection, organisation, request.sha256()).orElseThrow(() -> e)));
        }
    }

    private static long insertBatch(Connection connection, Organisation organisation, ImportRequest request,
                                    Instant now) throws SQLException {
        try {
            return ImportBatches.insertInProgress(connection, organisation.id(), request,
                    now.atOffset(ZoneOffset.UTC));
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw new SameFileMeanwhile();
            }
            throw e;
        }
    }

    /** The same file was imported by a concurrent call that committed first. */
    private static final class SameFileMeanwhile extends RuntimeException {

        private static final long serialVersionUID = 1L;

        SameFileMeanwhile() {
            super("The same file was imported concurrently", null, false, false);
        }
    }
}
