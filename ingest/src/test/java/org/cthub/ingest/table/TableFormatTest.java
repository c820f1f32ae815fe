package org.cthub.ingest.table;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cthub.ingest.table.Fixtures.bytes;
import static org.cthub.ingest.table.Fixtures.write;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableFormatTest {

    @TempDir
    Path dir;

    @Test
    void aZipArchiveIsAWorkbookWhateverItsName() {
        Path file = write(dir, "renamed.csv", bytes(0x50, 0x4B, 0x03, 0x04, 0x14, 0x00));

        assertThat(TableFormat.detect(file)).isEqualTo(TableFormat.XLSX);
    }

    @Test
    void theNameDecidesForTextFiles() {
        assertThat(TableFormat.detect(write(dir, "a.json", "ref\n", UTF_8))).isEqualTo(TableFormat.JSON);
        assertThat(TableFormat.detect(write(dir, "b.csv", "[ID],Name\n", UTF_8))).isEqualTo(TableFormat.CSV);
        assertThat(TableFormat.detect(write(dir, "c.xlsx", "ref\n", UTF_8))).isEqualTo(TableFormat.XLSX);
    }

    @Test
    void otherwiseABracketOrBraceMeansJson() {
        assertThat(TableFormat.detect(write(dir, "upload", "\uFEFF  [{\"a\":1}]", UTF_8))).isEqualTo(TableFormat.JSON);
        assertThat(TableFormat.detect(write(dir, "upload2", "\n{\"cases\":[]}", UTF_8))).isEqualTo(TableFormat.JSON);
        assertThat(TableFormat.detect(write(dir, "upload3", "Ref;Sexo\n", UTF_8))).isEqualTo(TableFormat.CSV);
    }

    @Test
    void refusesAnOldExcelWorkbook() {
        Path file = write(dir, "old.xls", bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0));

        assertThatThrownBy(() -> TableFormat.detect(file)).isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("Excel 97-2003 (.xls)");
    }
}
