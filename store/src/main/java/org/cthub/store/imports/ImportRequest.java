package org.cthub.store.imports;

import java.util.Iterator;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.store.organisations.Organisations;

/**
 * A validated file to import.
 *
 * @param organisationCode the contributing organisation, normalised to upper case; created on its first import
 * @param fileName the file's name as uploaded (kept in the batch, never in messages)
 * @param sha256 the SHA-256 of the file's bytes, 64 hexadecimal digits; a file is imported once per organisation
 * @param format the format the file was read as, such as {@code csv} or {@code xlsx}
 * @param importedBy who imports it
 * @param records the accepted records, read once, in file order; may stream from the file
 * @param counts the file's rows and rejected rows, asked only once the records are exhausted, because a
 *     streaming reader knows them only then; the records must number rows less rejected
 */
public record ImportRequest(String organisationCode, String fileName, String sha256, String format,
                            String importedBy, Iterator<CaseRecord> records, RowCounts counts) {

    /** The rows of a file and how many of them validation rejected. */
    public interface RowCounts {
        long totalRows();

        long rejectedRows();
    }

    /** A request whose counts are known before the records are read. */
    public ImportRequest(String organisationCode, String fileName, String sha256, String format, String importedBy,
                         long totalRows, long rejectedRows, Iterator<CaseRecord> records) {
        this(organisationCode, fileName, sha256, format, importedBy, records, known(totalRows, rejectedRows));
    }

    /** A request whose counts are read from two suppliers after the records are exhausted. */
    public ImportRequest(String organisationCode, String fileName, String sha256, String format, String importedBy,
                         Iterator<CaseRecord> records, java.util.function.LongSupplier totalRows,
                         java.util.function.LongSupplier rejectedRows) {
        this(organisationCode, fileName, sha256, format, importedBy, records, new RowCounts() {
            @Override
            public long totalRows() {
                return totalRows.getAsLong();
            }

            @Override
            public long rejectedRows() {
                return rejectedRows.getAsLong();
            }
        });
    }

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** @throws IllegalArgumentException when a field is missing, too long, or the counts are impossible */
    public ImportRequest {
        organisationCode = Organisations.normaliseCode(organisationCode);
        requireText(fileName, "file name", 255);
        Objects.requireNonNull(sha256, "sha256");
        sha256 = sha256.strip().toLowerCase(Locale.ROOT);
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("A SHA-256 is 64 hexadecimal digits");
        }
        requireText(format, "format", 40);
        requireText(importedBy, "user", 100);
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(counts, "counts");
    }

    private static RowCounts known(long totalRows, long rejectedRows) {
        requireCounts(totalRows, rejectedRows);
        return new RowCounts() {
            @Override
            public long totalRows() {
                return totalRows;
            }

            @Override
            public long rejectedRows() {
                return rejectedRows;
            }
        };
    }

    /** @throws IllegalArgumentException when the counts are impossible */
    static void requireCounts(long totalRows, long rejectedRows) {
        if (totalRows < 0 || rejectedRows < 0 || rejectedRows > totalRows) {
            throw new IllegalArgumentException("Impossible row counts: " + totalRows + " rows, " + rejectedRows
                    + " rejected");
        }
    }

    @Override
    public String toString() {
        return "ImportRequest[organisation=" + organisationCode + ", sha256=" + sha256 + ", format=" + format + "]";
    }

    private static void requireText(String value, String what, int maxLength) {
        if (value == null || value.isBlank() || value.length() > maxLength) {
            throw new IllegalArgumentException("The " + what + " must be 1 to " + maxLength + " characters");
        }
    }
}
