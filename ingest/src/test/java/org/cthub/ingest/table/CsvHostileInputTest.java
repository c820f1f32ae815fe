package org.cthub.ingest.table;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cthub.ingest.table.Fixtures.write;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cthub.standard.validation.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class CsvHostileInputTest {

    @TempDir
    Path dir;

    @Test
    void rejectsACellOverTheCapNamingRowAndColumnAndReadsOn() {
        String huge = "x".repeat(1024 * 1024 + 1);
        Path file = write(dir, "long.csv", "Ref,Relato\nC-1,\"" + huge + "\"\nC-2,short\n", UTF_8);

        List<SourceRow> rows = Fixtures.readAll(file);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ErrorCode.E1011_TOO_LONG);
            assertThat(problem.field()).isEqualTo("Relato");
            assertThat(problem.value()).isNull();
            assertThat(problem.message()).isEqualTo("Row 1 (line 2 of the file): the cell in column 'Relato' has"
                    + " 1048577 characters; at most 65536 are accepted.");
        });
        assertThat(rows.get(1).cell("Relato")).isEqualTo("short");
    }

    @Test
    void refusesAFirstRowThatIsTextRatherThanHeadings() {
        Path file = write(dir, "noheader.csv", "Ref,\"" + "y".repeat(2000) + "\"\nC-1,x\n", UTF_8);

        assertThatThrownBy(() -> TableReader.open(file))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.E1011_TOO_LONG);
                    assertThat(e.reason()).startsWith("the heading of column B has more than 1024 characters");
                });
    }

    @Test
    void stopsAtARecordThatRunsPastTheRecordCapInsteadOfFillingMemory() {
        Limits small = new Limits(100, 1_000, 100);
        StringBuilder text = new StringBuilder("Ref,Nota\nC-1,ok\nC-2,\"never closed\n");
        for (int i = 0; i < 500; i++) {
            text.append("C-").append(i).append(",more\n");
        }
        Path file = write(dir, "runaway.csv", text.toString(), UTF_8);

        List<SourceRow> rows = new ArrayList<>();
        try (TableReader table = TableReader.open(file, TableOptions.DETECT, small)) {
            table.forEachRemaining(rows::add);
        }

        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ErrorCode.E1011_TOO_LONG);
            assertThat(problem.message()).startsWith("Row 2 (line 3 of the file): the row runs for more than 1000");
        });
    }

    @Test
    @Timeout(30)
    void streamsTwoHundredThousandRows() throws IOException {
        Path file = dir.resolve("big.csv");
        try (BufferedWriter writer = Files.newBufferedWriter(file, UTF_8)) {
            writer.write("Ref;Sexo;Fecha de nacimiento;Nacionalidad;Tipo de explotación\n");
            for (int i = 1; i <= 200_000; i++) {
                writer.write("C-" + i + ";" + (i % 2 == 0 ? "Mujer" : "Hombre") + ";01/02/1990;Colombiana;"
                        + "\"Explotación sexual, Trabajo forzoso\"\n");
            }
        }

        long count = 0;
        long lastRow = 0;
        long start = System.nanoTime();
        try (TableReader table = TableReader.open(file)) {
            while (table.hasNext()) {
                SourceRow row = table.next();
                assertThat(row.problems()).isEmpty();
                lastRow = row.rowNumber();
                count++;
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(count).isEqualTo(200_000);
        assertThat(lastRow).isEqualTo(200_000);
        assertThat(millis).as("200,000 rows read in %d ms", millis).isLessThan(5_000);
    }
}
