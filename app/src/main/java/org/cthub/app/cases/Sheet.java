package org.cthub.app.cases;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table written row by row to a download as it is read, so memory does not grow with the list: CSV, or
 * XLSX through POI's streaming workbook (which keeps {@value #ROWS_IN_MEMORY} rows in memory and the rest in
 * a temporary file it deletes on close). Cells arrive already made spreadsheet-safe.
 */
sealed interface Sheet extends AutoCloseable {

    int ROWS_IN_MEMORY = 200;

    void row(List<String> cells) throws IOException;

    /** Finishes the file; closing again does nothing. The stream stays open for the caller to close. */
    @Override
    void close() throws IOException;

    static Sheet csv(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // The byte order mark makes Excel read UTF-8 (accents in names) instead of the system's code page.
        writer.write('\uFEFF');
        return new Csv(new CSVPrinter(writer, CSVFormat.RFC4180));
    }

    static Sheet xlsx(OutputStream out, String sheetName) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        return new Xlsx(workbook, workbook.createSheet(sheetName), out);
    }

    /** RFC 4180 CSV. */
    record Csv(CSVPrinter printer) implements Sheet {

        @Override
        public void row(List<String> cells) throws IOException {
            printer.printRecord(cells);
        }

        @Override
        public void close() throws IOException {
            printer.flush();
        }
    }

    /** An Office Open XML workbook of one sheet; every cell is a string cell, never a formula. */
    final class Xlsx implements Sheet {

        private final SXSSFWorkbook workbook;
        private final SXSSFSheet sheet;
        private final OutputStream out;
        private int rows;
        private boolean closed;

        Xlsx(SXSSFWorkbook workbook, SXSSFSheet sheet, OutputStream out) {
            this.workbook = workbook;
            this.sheet = sheet;
            this.out = out;
        }

        @Override
        public void row(List<String> cells) {
            Row row = sheet.createRow(rows++);
            for (int column = 0; column < cells.size(); column++) {
                row.createCell(column).setCellValue(cells.get(column));
            }
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                workbook.write(out);
            } finally {
                workbook.dispose();
                workbook.close();
            }
        }
    }
}
