package org.cthub.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cthub.ingest.table.TableFormat;
import org.cthub.ingest.table.TableReader;
import org.cthub.standard.validation.ErrorCode;
import org.cthub.standard.validation.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example of docs/mapping-spec.md, end to end: a Spanish NGO's workbook to HTCDS field maps. */
class SpanishNgoMappingTest {

    private static final String[] HEADINGS = {"Nº de caso", "Fecha de registro", "Sexo", "Fecha de nacimiento",
        "Nacionalidad", "Tipo de explotación", "Consentimiento para compartir", "Observaciones"};

    @TempDir
    Path dir;

    @Test
    void mapsTheWorkbookToHtcdsFields() throws Exception {
        MappingSpec spec = MappingSpec.read(resource("/mapping/es-ngo.yaml"));
        Path workbook = workbook();

        List<MappedRow> rows = new ArrayList<>();
        try (TableReader table = TableReader.open(workbook, spec.tableOptions())) {
            assertThat(table.details().format()).isEqualTo(TableFormat.XLSX);
            assertThat(table.details().sheet()).isEqualTo("Casos");
            RowMapper mapper = spec.bind(table.header());
            assertThat(mapper.headerProblems()).isEmpty();
            table.forEachRemaining(row -> rows.add(mapper.map(row)));
        }

        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).fields()).containsExactlyEntriesOf(fields("CO-2024-001", "2024-01-15", "Feminine",
                "1998-03-12", "VE", "SexualExploitation;ForcedLabour", "true"));
        assertThat(rows.get(0).problems()).isEmpty();
        assertThat(rows.get(1).fields()).containsExactlyEntriesOf(fields("CO-2024-002", "2024-02-03", "Masculine",
                "2001-11-07", "CO;VE", "ForcedLabour", "false"));
        assertThat(rows.get(1).problems()).isEmpty();

        MappedRow third = rows.get(2);
        assertThat(third.fields()).containsEntry("prs_Citizenship", "Venezuela")
                .containsEntry("prs_Birthdate", "").containsEntry("vic_TypeOfExploitation", "SexualExploitation")
                .containsEntry("con_ShareAnonymised", "true");
        assertThat(third.problems()).extracting(Problem::code, Problem::field, Problem::value).containsExactly(
                tuple(ErrorCode.E1005_INVALID_DATE, "Fecha de nacimiento", null),
                tuple(ErrorCode.E1002_UNKNOWN_VALUE, "Tipo de explotación",
                        "Explotación laboral"));
        assertThat(third.problems().getFirst().message()).isEqualTo("Row 3 (sheet row 4): column 'Fecha de"
                + " nacimiento' (prs_Birthdate) is not a date written dd/MM/yyyy (nor yyyy-MM-dd).");

        MappedRow fourth = rows.get(3);
        assertThat(fourth.fields()).containsEntry("prs_Gender", "NonConforming").containsEntry("cas_Reference", "");
        assertThat(fourth.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ErrorCode.E1001_REQUIRED);
            assertThat(problem.row()).isEqualTo(4);
            assertThat(problem.message()).isEqualTo("Row 4 (sheet row 5): column 'Nº de caso' (cas_Reference) is"
                    + " empty, and the mapping requires a value.");
        });
    }

    private static Map<String, String> fields(String reference, String registered, String gender, String birth,
                                              String citizenship, String exploitation, String consent) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("cas_Reference", reference);
        fields.put("cas_RegistrationDate", registered);
        fields.put("prs_Gender", gender);
        fields.put("prs_Birthdate", birth);
        fields.put("prs_Citizenship", citizenship);
        fields.put("vic_TypeOfExploitation", exploitation);
        fields.put("con_ShareAnonymised", consent);
        fields.put("org_Name", "Fundación Ejemplo");
        fields.put("org_Type", "NGO");
        return fields;
    }

    /** A register as NGOs keep them: dates as date cells or as text, values in any case, a notes column. */
    private Path workbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Instrucciones").createRow(0).createCell(0).setCellValue("Llenar la hoja Casos");
            Sheet sheet = workbook.createSheet("Casos");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            row(sheet, 0, (Object[]) HEADINGS);
            row(sheet, 1, "CO-2024-001", "15/01/2024", "Mujer", LocalDate.of(1998, 3, 12), "Venezolana",
                    "Explotación sexual, Trabajo forzoso", "Sí", "");
            row(sheet, 2, "CO-2024-002", LocalDate.of(2024, 2, 3), "hombre", "07/11/2001", "Colombiana, Venezolana",
                    "trabajo forzoso", "NO", "remitida a otra organización");
            row(sheet, 3, "CO-2024-003", "", "MUJER", "31/02/1990", "Venezuela",
                    "Explotación sexual, Explotación laboral", "Si", "");
            row(sheet, 4, "", "", "No binario", "", "", "", "Sí", "");
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.NUMERIC) {
                        cell.setCellStyle(date);
                    }
                }
            }
            Path file = dir.resolve("registro.xlsx");
            try (OutputStream output = Files.newOutputStream(file)) {
                workbook.write(output);
            }
            return file;
        }
    }

    private static void row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof LocalDate day) {
                row.createCell(i).setCellValue(day);
            } else if (!"".equals(values[i])) {
                row.createCell(i).setCellValue((String) values[i]);
            }
        }
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(SpanishNgoMappingTest.class.getResource(name).toURI());
    }
}
