package org.cthub.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cthub.app.cli.Store;
import org.cthub.standard.htcds.CaseStatus;
import org.cthub.standard.htcds.Gender;
import org.cthub.standard.htcds.TypeOfExploitation;
import org.cthub.store.Database;
import org.cthub.store.cases.StoredCase;
import org.cthub.store.crypto.KeyRing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IOM's HTCDS Excel template, filled in as a small organisation would, read with its errata. */
class HtcdsTemplateImportTest {

    @TempDir
    Path dir;

    @Test
    void readsAFilledTemplateByItsLabelsWithRowNumbersAsReferences() throws Exception {
        Path filled = dir.resolve("our-cases.xlsx");
        try (InputStream in = getClass().getResourceAsStream("/htcds/htcds-template-v2.0.xlsx");
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            // Row 3 of the sheet is the template's row number 1. Columns by letter, as a person fills them.
            fill(sheet.getRow(2), Map.of("D", "Amina", "E", "Bello", "H", "Feminine", "I", "NG", "G", "1999-04-02",
                    "N", "12 Harbour Road", "O", "Lagos", "X", "Forced labour; Sexual exploitation",
                    "AB", "Active", "AJ", "Additional Services Required"));
            fill(sheet.getRow(3), Map.of("D", "Kofi", "E", "Mensah", "H", "Masculino", "I", "Ghana",
                    "X", "Trabajo forzoso", "AB", "Closed"));
            try (OutputStream out = Files.newOutputStream(filled)) {
                workbook.write(out);
            }
        }
        try (Store store = new Store(Database.open(Database.h2FileUrl(dir.resolve("db"))),
                KeyRing.of("t", Map.of("t", new byte[32])))) {
            ImportReport report = new ImportService(store.importer(), Clock.systemUTC())
                    .run(new ImportJob(filled, "NGO1", ImportFormat.AUTO, null, false, "test"), n -> { });

            assertThat(report.format()).isEqualTo("htcds-template");
            assertThat(report.problems()).isEmpty();
            assertThat(report.rows()).as("only filled rows count, not the label row or the 998 empty ones")
                    .isEqualTo(2);
            List<StoredCase> cases;
            try (Stream<StoredCase> stream = store.cases().export("NGO1")) {
                cases = stream.toList();
            }
            StoredCase amina = cases.stream().filter(c -> c.record().caseInfo().reference().equals("row-1"))
                    .findFirst().orElseThrow();
            assertThat(amina.record().person().firstName()).isEqualTo("Amina");
            assertThat(amina.record().person().birthdate()).isEqualTo(LocalDate.of(1999, 4, 2));
            assertThat(amina.record().person().gender()).isEqualTo(Gender.FEMININE);
            assertThat(amina.record().person().mailingAddress().street())
                    .as("column N is labelled Mailing Street, whatever its field name says").isEqualTo("12 Harbour Road");
            assertThat(amina.record().person().mailingAddress().city()).isEqualTo("Lagos");
            assertThat(amina.record().victim().typesOfExploitation())
                    .containsExactlyInAnyOrder(TypeOfExploitation.FORCED_LABOUR, TypeOfExploitation.SEXUAL_EXPLOITATION);
            assertThat(amina.record().referrals()).singleElement()
                    .satisfies(referral -> assertThat(referral.reason()).isNotNull());
            StoredCase kofi = cases.stream().filter(c -> c.record().caseInfo().reference().equals("row-2"))
                    .findFirst().orElseThrow();
            assertThat(kofi.record().person().gender()).isEqualTo(Gender.MASCULINE);
            assertThat(kofi.record().person().citizenship()).extracting(c -> c.alpha2()).containsExactly("GH");
            assertThat(kofi.record().caseInfo().status()).isEqualTo(CaseStatus.CLOSED);
        }
    }

    private static void fill(Row row, Map<String, String> valuesByColumn) {
        valuesByColumn.forEach((column, value) -> {
            int index = org.apache.poi.ss.util.CellReference.convertColStringToIndex(column);
            row.createCell(index).setCellValue(value);
        });
    }
}
