package org.cthub.app.linkage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cthub.linkage.LinkageOptions;
import org.cthub.linkage.PersonRecord;
import org.cthub.linkage.RecordLinker;
import org.cthub.linkage.encode.RecordEncoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cthub link encode}: runs inside an organisation; writes only ids and keyed Bloom-filter encodings. */
@Command(name = "encode", mixinStandardHelpOptions = true,
        description = {"Encodes a list of people as keyed Bloom filters (one per field, plus a CLK) so that it can "
                + "be linked at the hub without names leaving the organisation (docs/linkage.md).",
                "Exit status: 0 on success, 1 for a file that cannot be read or encoded (no id column, a missing, empty "
                + "or repeated id) or a secret shorter than 32 bytes."})
public final class EncodeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "The organisation's list, with a header.")
    private Path file;

    @Option(names = "--id", paramLabel = "COLUMN", description = "The record id column (default: the column named "
            + "id, rec_id or record_id, ignoring case).")
    private String idColumn;

    @Option(names = "--fields", split = ",", paramLabel = "COLUMNS",
            description = {"Columns to encode; every organisation must use the same list.",
                    "Default: every column whose name says a name, date or place (*name*; *date*, *birth*, dob; "
                            + "address, street, city, ...), printed on stderr."})
    private List<String> fields;

    @Option(names = "--secret-file", required = true, paramLabel = "S",
            description = "File holding the secret the organisations share (at least 32 bytes); never printed.")
    private Path secretFile;

    @Option(names = "--out", required = true, paramLabel = "encoded.csv", description = "Output file.")
    private Path out;

    public EncodeCommand() {
    }

    @Override
    public Integer call() {
        try {
            byte[] secret = Files.readAllBytes(secretFile);
            if (secret.length < RecordEncoder.MIN_SECRET_BYTES) {
                spec.commandLine().getErr().println("The secret file must hold at least "
                        + RecordEncoder.MIN_SECRET_BYTES + " bytes.");
                return 1;
            }
            List<String> header = LinkFiles.header(file);
            String id = idColumn != null ? idColumn : LinkFiles.defaultId(file, header);
            List<String> encodedFields = fields != null ? fields : LinkFiles.defaultFields(file, header, id, false);
            // Column names only, so that the organisations can check they encoded the same fields.
            spec.commandLine().getErr().printf("Encoding %s; id column %s%n", String.join(", ", encodedFields), id);
            List<PersonRecord> records = LinkFiles.readPlain(file, id, encodedFields);
            LinkFiles.writeEncoded(out, id, encodedFields,
                    new RecordLinker(LinkageOptions.dedupe(encodedFields)).encode(secret, records));
            spec.commandLine().getOut().printf("Encoded %d records to %s%n", records.size(), out);
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("Unable to encode: " + e.getMessage());
            return 1;
        }
    }
}
