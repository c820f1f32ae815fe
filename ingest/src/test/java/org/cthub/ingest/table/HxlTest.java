package org.cthub.ingest.table;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cthub.ingest.table.Fixtures.write;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HxlTest {

    @TempDir
    Path dir;

    @Test
    void readsHashtagsUnderTextHeadings() {
        Path file = write(dir, "hxl.csv", """
                Organisation,Country,Women,Men
                #org,#country+code,#affected+f+adults, #affected +m+adults
                NGO A,COL,12,3
                """, UTF_8);

        try (TableReader table = TableReader.open(file)) {
            TableHeader header = table.header();
            assertThat(header.isHxl()).isTrue();
            assertThat(header.names()).containsExactly("Organisation", "Country", "Women", "Men");
            assertThat(header.hxlTags()).containsExactly("#org", "#country+code", "#affected+f+adults",
                    "#affected +m+adults");
            SourceRow first = table.next();
            assertThat(first.rowNumber()).isEqualTo(1);
            assertThat(first.where()).isEqualTo("row 1 (line 3 of the file)");
            assertThat(first.cell("Women")).isEqualTo("12");
        }
    }

    @Test
    void readsAHashtagRowWithoutHeadingsAndNamesColumnsByTag() {
        Path file = write(dir, "tags.csv", "#org,#affected+f,#org\nNGO A,12,NGO B\n", UTF_8);

        try (TableReader table = TableReader.open(file)) {
            assertThat(table.header().names()).containsExactly("#org", "#affected+f", "#org (column C)");
            assertThat(table.next().cells()).containsEntry("#org (column C)", "NGO B");
        }
    }

    @Test
    void selectsColumnsByTagExactlyFirstThenByAttributes() {
        TableHeader header = new TableHeader(List.of("A", "B", "C", "D"),
                List.of("#affected+f+adults", "#affected+M+adults", "#affected", "#country"));

        assertThat(header.withTag("#affected")).containsExactly("C");
        assertThat(header.withTag("#affected+adults")).containsExactly("A", "B");
        assertThat(header.withTag("#Affected +m")).containsExactly("B");
        assertThat(header.withTag("#sector")).isEmpty();
        assertThat(header.withTag("not a tag")).isEmpty();
    }

    @Test
    void readsHashtagsInASpreadsheet() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet();
        String[][] cells = {{"Org", "Women"}, {"#org", "#affected+f"}, {"NGO A", "7"}};
        for (int r = 0; r < cells.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < cells[r].length; c++) {
                row.createCell(c).setCellValue(cells[r][c]);
            }
        }
        Path file = Fixtures.save(dir, "hxl.xlsx", workbook);

        try (TableReader table = TableReader.open(file)) {
            assertThat(table.header().hxlTags()).containsExactly("#org", "#affected+f");
            assertThat(table.next().where()).isEqualTo("row 1 (sheet row 3)");
        }
    }

    @Test
    void doesNotTakeAnOrdinarySecondRowForTags() {
        Path file = write(dir, "plain.csv", "Ref,Nota\nC-1,#urgent\n", UTF_8);

        try (TableReader table = TableReader.open(file)) {
            assertThat(table.header().isHxl()).isFalse();
            assertThat(table.next().cell("Nota")).isEqualTo("#urgent");
        }
    }
}
