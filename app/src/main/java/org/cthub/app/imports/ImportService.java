package org.cthub.app.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.cthub.ingest.mapping.MappingSpec;
import org.cthub.ingest.table.TableOptions;
import org.cthub.ingest.table.TableReader;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.validation.Problem;
import org.cthub.store.imports.CaseImporter;
import org.cthub.store.imports.ImportBatch;
import org.cthub.store.imports.ImportOutcome;
import org.cthub.store.imports.ImportRequest;
import org.cthub.store.imports.ReadAhead;

/**
 * Imports one contributor file: reads it with its layout, validates every row, and stores the accepted cases
 * as one batch, all or nothing. The file is read once for its SHA-256 and once for its rows; memory does not
 * grow with its size.
 */
public final class ImportService {

    private final CaseImporter importer;
    private final Clock clock;

    /** @param importer where accepted cases go; may be null for a service that only does dry runs */
    public ImportService(CaseImporter importer, Clock clock) {
        this.importer = importer;
        this.clock = clock;
    }

    /**
     * @throws ImportRefusedException when the file cannot be read as a table of cases at all; nothing is stored
     */
    public ImportReport run(ImportJob job, LongConsumer progress) {
        if (!job.dryRun() && importer == null) {
            throw new IllegalStateException("This service was built for dry runs only");
        }
        String sha256 = sha256(job.file());
        if (!job.dryRun()) {
            Optional<ImportBatch> earlier = importer.findBatch(job.organisation(), sha256);
            if (earlier.isPresent()) {
                return duplicate(job, earlier.get());
            }
        }
        MappingSpec spec = job.mapping() == null ? null : MappingSpec.read(job.mapping());
        TableOptions options = spec == null ? TableOptions.DETECT : spec.tableOptions();
        try (TableReader table = TableReader.open(job.file(), options)) {
            Layout layout = Layouts.choose(job.format(), spec, table.header(), sha256, job.file());
            ProblemLog problems = new ProblemLog();
            List<Problem> fatal = new ArrayList<>();
            for (Problem problem : layout.headerProblems()) {
                problems.add(problem);
                if (layout.fatal(problem)) {
                    fatal.add(problem);
                }
            }
            if (!fatal.isEmpty()) {
                throw new ImportRefusedException(job.file(), fatal);
            }
            AcceptedRecords records = new AcceptedRecords(table, layout, LocalDate.now(clock), problems, progress);
            String details = table.details().toString();
            if (job.dryRun()) {
                long accepted = 0;
                while (records.hasNext()) {
                    records.next();
                    accepted++;
                }
                return new ImportReport(null, fileName(job.file()), sha256, layout.name(), details, records.rows(),
                        accepted, records.rejected(), false, true, 0, 0, 0, problems.kept(), problems.total());
            }
            ImportOutcome outcome;
            // Reading and validating run on a thread of their own, splitting and encrypting on the store's,
            // writing on this one: each waits less for the others.
            try (ReadAhead<CaseRecord, CaseRecord> parsed = new ReadAhead<>(records, record -> record,
                    "cthub-import-parser")) {
                outcome = importer.importBatch(new ImportRequest(job.organisation(), fileName(job.file()), sha256,
                        layout.name(), job.user(), parsed, records::rows, records::rejected));
            }
            if (outcome.duplicate()) {
                return duplicate(job, outcome.batch());
            }
            ImportBatch batch = outcome.batch();
            return new ImportReport(batch.id(), fileName(job.file()), sha256, layout.name(), details,
                    batch.totalRows(), batch.acceptedRows(), batch.rejectedRows(), false, false, batch.insertedCases(),
                    batch.updatedCases(), batch.unchangedCases(), problems.kept(), problems.total());
        } catch (Layouts.UnrecognisedLayoutException e) {
            throw new ImportRefusedException(e.getMessage());
        }
    }

    private static ImportReport duplicate(ImportJob job, ImportBatch earlier) {
        return new ImportReport(earlier.id(), fileName(job.file()), earlier.sha256(), earlier.format(),
                "already imported as batch " + earlier.id(), earlier.totalRows(), earlier.acceptedRows(),
                earlier.rejectedRows(), true, false, 0, 0, earlier.acceptedRows(), List.of(), 0);
    }

    private static String fileName(Path file) {
        return file.getFileName().toString();
    }

    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            byte[] buffer = new byte[1 << 16];
            while (in.read(buffer) >= 0) {
                // reading is what feeds the digest
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchFileException e) {
            throw new ImportRefusedException(file + ": no such file");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
