package org.cthub.app.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.HtcdsRows;

/** Writes case records as an HTCDS CSV file, UTF-8, comma-separated, with the layout's header. */
public final class HtcdsCsvFile implements AutoCloseable {

    private final List<String> header;
    private final java.util.Set<String> known;
    private final CSVPrinter printer;
    private final String[] cells;

    /**
     * @param instances how many instances of the repeating sections (perpetrators, events, ...) the header
     *     has room for; a record with more is refused rather than silently cut
     */
    public HtcdsCsvFile(Path path, int instances) {
        this.header = HtcdsRows.columns(instances);
        this.known = java.util.Set.copyOf(header);
        this.cells = new String[header.size()];
        try {
            BufferedWriter writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
            this.printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                    .setHeader(header.toArray(String[]::new)).setRecordSeparator('\n').get());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + path, e);
        }
    }

    public void write(CaseRecord record) {
        Map<String, String> row = HtcdsRows.write(record);
        if (!known.containsAll(row.keySet())) {
            throw new IllegalArgumentException("Case " + record.caseInfo().reference()
                    + " has more repeated sections than the file's header has room for");
        }
        for (int i = 0; i < cells.length; i++) {
            String value = row.get(header.get(i));
            cells[i] = value == null ? "" : value;
        }
        try {
            printer.printRecord((Object[]) cells);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write a case", e);
        }
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not finish the file", e);
        }
    }
}
