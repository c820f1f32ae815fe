package org.cthub.ingest.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cthub.ingest.table.Fixtures.readAll;
import static org.cthub.ingest.table.Fixtures.save;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cthub.standard.validation.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxReadingTest {

    @TempDir
    Path dir;

    @Test
    void readsCellsAsDataNotAsDisplayed() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("Casos");
        header(sheet, "Ref", "Edad", "Peso", "Nacimiento", "Registro", "Activo", "Doble", "Nota", "Id", "Parte");
        Row row = sheet.createRow(1);
        row.createCell(0).setCellValue("C-1");
        row.createCell(1).setCellValue(30);
        row.createCell(2).setCellValue(52.5);
        dated(workbook, row, 3, "dd/mm/yyyy").setCellValue(LocalDate.of(1990, 5, 31));
        dated(workbook, row, 4, "dd/mm/yyyy hh:mm").setCellValue(LocalDateTime.of(2021, 3, 4, 10, 15, 30));
        row.createCell(5).setCellValue(true);
        row.createCell(6).setCellFormula("B2*2");
        row.createCell(7).setCellValue("=1+2");
        row.createCell(8).setCellValue(1234567890123d);
        dated(workbook, row, 9, "0.0").setCellValue(0.1 + 0.2);
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        Path file = save(dir, "casos.xlsx", workbook);

        try (TableReader table = TableReader.open(file)) {
            assertThat(table.details()).isEqualTo(TableDetails.ofSheet("Casos"));
            assertThat(table.next().cells().values()).containsExactly("C-1", "30", "52.5", "1990-05-31",
                    "2021-03-04T10:15:30", "TRUE", "60", "=1+2", "1234567890123", "0.3");
        }
    }

    @Test
    void skipsEmptyRowsAndNamesTheSheetRow() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet();
        header(sheet, "Ref", "Sexo");
        sheet.createRow(1).createCell(0).setCellValue("C-1");
        sheet.createRow(2).createCell(1).setCellValue("  ");
        Row last = sheet.createRow(4);
        last.createCell(0).setCellValue("C-2");
        last.createCell(1).setCellValue("Mujer");
        Path file = save(dir, "gaps.xlsx", workbook);

        List<SourceRow> rows = readAll(file);

        assertThat(rows).extracting(SourceRow::rowNumber).containsExactly(1L, 2L);
        assertThat(rows.get(0).cells()).containsEntry("Ref", "C-1").containsEntry("Sexo", "");
        assertThat(rows.get(1).where()).isEqualTo("row 2 (sheet row 5)");
    }

    @Test
    void readsANamedSheetIgnoringCase() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        header(workbook.createSheet("Notas"), "Texto");
        Sheet cases = workbook.createSheet("Casos 2024");
        header(cases, "Ref");
        cases.createRow(1).createCell(0).setCellValue("C-9");
        Path file = save(dir, "two.xlsx", workbook);

        List<SourceRow> rows = readAll(file, TableOptions.DETECT.withSheet("casos 2024"));

        assertThat(rows).singleElement().satisfies(row -> assertThat(row.cell("Ref")).isEqualTo("C-9"));
    }

    @Test
    void namesTheSheetsWhenTheOneAskedForIsMissing() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        header(workbook.createSheet("Casos"), "Ref");
        header(workbook.createSheet("Notas"), "Texto");
        Path file = save(dir, "two.xlsx", workbook);

        assertThatThrownBy(() -> TableReader.open(file, TableOptions.DETECT.withSheet("Víctimas")))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> assertThat(e.getMessage()).isEqualTo(
                        "Cannot read two.xlsx: the workbook has no sheet named 'Víctimas'; its sheets are"
                                + " 'Casos', 'Notas'"));
    }

    @Test
    void readsInlineStringsAsWrittenByStreamingWriters() {
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, 10, false, false);
        Sheet sheet = workbook.createSheet("Datos");
        header(sheet, "Ref", "Comuna");
        Row row = sheet.createRow(1);
        row.createCell(0).setCellValue("C-1");
        row.createCell(1).setCellValue("Ñuñoa");
        Path file = save(dir, "inline.xlsx", workbook);

        assertThat(readAll(file)).singleElement()
                .satisfies(only -> assertThat(only.cell("Comuna")).isEqualTo("Ñuñoa"));
    }

    @Test
    void readsDatesOfAWorkbookThatCountsFrom1904() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        var properties = workbook.getCTWorkbook();
        (properties.isSetWorkbookPr() ? properties.getWorkbookPr() : properties.addNewWorkbookPr()).setDate1904(true);
        Sheet sheet = workbook.createSheet();
        header(sheet, "Fecha");
        dated(workbook, sheet.createRow(1), 0, "d/m/yy").setCellValue(LocalDate.of(2003, 7, 14));
        Path file = save(dir, "mac.xlsx", workbook);

        assertThat(readAll(file)).singleElement()
                .satisfies(row -> assertThat(row.cell("Fecha")).isEqualTo("2003-07-14"));
    }

    @Test
    void reportsAValueInAColumnWithoutHeading() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet();
        header(sheet, "Ref", "Sexo");
        Row row = sheet.createRow(1);
        row.createCell(0).setCellValue("C-1");
        row.createCell(3).setCellValue("stray");
        Path file = save(dir, "stray.xlsx", workbook);

        assertThat(readAll(file)).singleElement().satisfies(only -> {
            assertThat(only.cells()).isEmpty();
            assertThat(only.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.code()).isEqualTo(ErrorCode.E2001_MALFORMED_ROW);
                assertThat(problem.message()).startsWith("Row 1 (sheet row 2) has a value in column D, beyond the"
                        + " last column with a heading (B)");
            });
        });
    }

    @Test
    void refusesATruncatedWorkbookNamingTheFile() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        header(workbook.createSheet(), "Ref");
        Path whole = save(dir, "whole.xlsx", workbook);
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.write(dir.resolve("envío.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> TableReader.open(truncated))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.E2002_TRUNCATED_FILE);
                    assertThat(e.file()).isEqualTo(truncated);
                    assertThat(e.getMessage()).startsWith("Cannot read envío.xlsx: it is not a readable .xlsx"
                            + " workbook");
                });
    }

    @Test
    void refusesTextNamedXlsx() throws IOException {
        Path file = Files.writeString(dir.resolve("cases.xlsx"), "Ref,Sexo\nC-1,Mujer\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> TableReader.open(file)).isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("Cannot read cases.xlsx: it is not a readable .xlsx workbook");
    }

    private static void header(Sheet sheet, String... names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
        }
    }

    private static Cell dated(Workbook workbook, Row row, int column, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        return cell;
    }
}
