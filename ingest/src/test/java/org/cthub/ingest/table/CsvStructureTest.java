package org.cthub.ingest.table;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cthub.ingest.table.Fixtures.readAll;
import static org.cthub.ingest.table.Fixtures.write;

import java.nio.file.Path;
import java.util.List;
import org.cthub.standard.validation.ErrorCode;
import org.cthub.standard.validation.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvStructureTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "delimiter {0}")
    @CsvSource(value = {"','", "';'", "'\t'", "'|'"}, quoteCharacter = '\'')
    void detectsTheDelimiter(char delimiter) {
        String d = String.valueOf(delimiter);
        Path file = write(dir, "d.csv", String.join(d, "Ref", "Sexo", "Nota") + "\n"
                + String.join(d, "C-1", "Mujer", "\"a" + d + " b\"") + "\n"
                + String.join(d, "C-2", "Hombre", "") + "\n", UTF_8);

        try (TableReader table = TableReader.open(file)) {
            assertThat(table.details().delimiter()).isEqualTo(delimiter);
            List<SourceRow> rows = table.stream().toList();
            assertThat(rows).extracting(row -> row.cell("Nota")).containsExactly("a" + d + " b", "");
        }
    }

    @Test
    void semicolonFileWithDecimalCommasIsStillSemicolonDelimited() {
        Path file = write(dir, "eu.csv", "Ref;Edad;Peso\nC-1;17;52,5\nC-2;23;61\nC-3;31;70,25\n", UTF_8);

        try (TableReader table = TableReader.open(file)) {
            assertThat(table.details().delimiter()).isEqualTo(';');
            assertThat(table.next().cell("Peso")).isEqualTo("52,5");
        }
    }

    @Test
    void keepsQuotedLineBreaksAndCountsRowsAndLinesApart() {
        Path file = write(dir, "multi.csv",
                "Ref,Nota\r\nC-1,\"first line\r\nsecond line\"\r\n\r\nC-2,\"say \"\"hi\"\"\"\r\n", UTF_8);

        List<SourceRow> rows = readAll(file);

        assertThat(rows).extracting(SourceRow::rowNumber).containsExactly(1L, 2L);
        assertThat(rows.get(0).cell("Nota")).isEqualTo("first line\r\nsecond line");
        assertThat(rows.get(1).cell("Nota")).isEqualTo("say \"hi\"");
        assertThat(rows.get(1).where()).isEqualTo("row 2 (line 5 of the file)");
    }

    @Test
    void trimsCellsAndTreatsWhitespaceOnlyCellsAsEmpty() {
        Path file = write(dir, "spaces.csv", "Ref , Sexo\n  C-1 ,\u00A0Mujer\u00A0\nC-2,   \n", UTF_8);

        List<SourceRow> rows = readAll(file);

        assertThat(rows.get(0).cells()).containsEntry("Ref", "C-1").containsEntry("Sexo", "Mujer");
        assertThat(rows.get(1).cell("Sexo")).isEmpty();
    }

    @Test
    void skipsBlankAndTrailingEmptyLinesWithoutCountingThem() {
        Path file = write(dir, "blank.csv", "\n\nRef,Sexo\nC-1,Mujer\n\n,\n   \nC-2,Hombre\n\n\n\n", UTF_8);

        List<SourceRow> rows = readAll(file);

        assertThat(rows).extracting(SourceRow::rowNumber).containsExactly(1L, 2L);
        assertThat(rows.get(1).location()).isEqualTo(new SourceRow.Location(8, SourceRow.Location.Kind.FILE_LINE));
    }

    @Test
    void keepsFormulaLookingTextAsText() {
        Path file = write(dir, "formula.csv", "Ref,Nota\nC-1,=SUM(A1:A9)\nC-2,\"=HYPERLINK(\"\"x\"\")\"\nC-3,+1-2\n",
                UTF_8);

        assertThat(readAll(file)).extracting(row -> row.cell("Nota"))
                .containsExactly("=SUM(A1:A9)", "=HYPERLINK(\"x\")", "+1-2");
    }

    @Test
    void dropsTheSpreadsheetEscapeBeforeAFormulaCharacterOnly() {
        Path file = write(dir, "escaped.csv", "Ref,Nota\nC-1,'=SUM(A1:A9)\nC-2,'+233245550101\nC-3,'twas\nC-4,'\n",
                UTF_8);

        assertThat(readAll(file)).extracting(row -> row.cell("Nota"))
                .containsExactly("=SUM(A1:A9)", "+233245550101", "'twas", "'");
    }

    @Test
    void reportsARowWithMoreCellsThanTheHeaderAndReadsOn() {
        Path file = write(dir, "ragged.csv", "Ref,Sexo\nC-1,Mujer,extra\nC-2,Hombre,,\nC-3,Mujer\n", UTF_8);

        List<SourceRow> rows = readAll(file);

        assertThat(rows).hasSize(3);
        Problem problem = rows.get(0).problems().getFirst();
        assertThat(problem.code()).isEqualTo(ErrorCode.E2001_MALFORMED_ROW);
        assertThat(problem.row()).isEqualTo(1);
        assertThat(problem.message()).startsWith("Row 1 (line 2 of the file) has a value in column C")
                .doesNotContain("extra");
        assertThat(rows.get(0).cells()).isEmpty();
        assertThat(rows.get(1).isSound()).as("empty trailing cells are tolerated").isTrue();
        assertThat(rows.get(2).cell("Sexo")).isEqualTo("Mujer");
    }

    @Test
    void reportsARowWithFewerCellsThanTheHeader() {
        Path file = write(dir, "short.csv", "Ref,Sexo,Edad\nC-1,Mujer\nC-2,Hombre,30\n", UTF_8);

        List<SourceRow> rows = readAll(file);

        assertThat(rows.get(0).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ErrorCode.E2001_MALFORMED_ROW);
            assertThat(problem.message()).startsWith("Row 1 (line 2 of the file) has 2 cells where the header has 3");
        });
        assertThat(rows.get(1).isSound()).isTrue();
    }

    @Test
    void reportsAQuoteThatNeverClosesAtTheRowWhereItOpened() {
        Path file = write(dir, "truncated.csv", "Ref,Nota\nC-1,ok\nC-2,\"cut off here\nC-3,lost\nC-4,lost", UTF_8);

        List<SourceRow> rows = readAll(file);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).isSound()).isTrue();
        assertThat(rows.get(1).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ErrorCode.E2002_TRUNCATED_FILE);
            assertThat(problem.row()).isEqualTo(2);
            assertThat(problem.message()).startsWith("Row 2 (line 3 of the file): a quoted cell opens in this row");
        });
    }

    @Test
    void refusesAnEmptyFile() {
        Path file = write(dir, "empty.csv", new byte[0]);

        assertThatThrownBy(() -> TableReader.open(file))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.E2002_TRUNCATED_FILE);
                    assertThat(e.getMessage()).isEqualTo(
                            "Cannot read empty.csv: it is empty (0 bytes): the upload or export may have failed");
                });
    }

    @Test
    void refusesAFileOfBlankLines() {
        Path file = write(dir, "blank.csv", "\r\n  \r\n\r\n", UTF_8);

        assertThatThrownBy(() -> TableReader.open(file)).isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("no header row");
    }

    @Test
    void readsAHeaderOnlyFileAsATableWithoutRows() {
        Path file = write(dir, "header.csv", "Ref;Sexo;Edad\r\n", UTF_8);

        try (TableReader table = TableReader.open(file)) {
            assertThat(table.header().names()).containsExactly("Ref", "Sexo", "Edad");
            assertThat(table.details().delimiter()).isEqualTo(';');
            assertThat(table.hasNext()).isFalse();
        }
    }

    @Test
    void refusesTwoColumnsWithTheSameHeadingIgnoringCase() {
        Path file = write(dir, "dup.csv", "Ref,Sexo,Edad,sexo \nC-1,Mujer,30,F\n", UTF_8);

        assertThatThrownBy(() -> TableReader.open(file))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.E2001_MALFORMED_ROW);
                    assertThat(e.reason()).isEqualTo("columns B and D have the same heading; rename one so that"
                            + " each column can be told apart (or, if the first row is data, add a row of headings)");
                    assertThat(e.getMessage()).as("a heading may be someone's data").doesNotContainIgnoringCase("sexo");
                });
    }

    @Test
    void namesAColumnWithABlankHeadingByItsLetterAndDropsTrailingBlankColumns() {
        Path file = write(dir, "blankhead.csv", "Ref,,Edad,,\nC-1,x,30,,\n", UTF_8);

        try (TableReader table = TableReader.open(file)) {
            assertThat(table.header().names()).containsExactly("Ref", "(column B)", "Edad");
            assertThat(table.next().cells()).containsEntry("(column B)", "x");
        }
    }

    @Test
    void readsTwoHundredColumns() {
        StringBuilder header = new StringBuilder();
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= 200; i++) {
            header.append(i == 1 ? "" : ",").append("col").append(i);
            row.append(i == 1 ? "" : ",").append(i);
        }
        Path file = write(dir, "wide.csv", header + "\n" + row + "\n", UTF_8);

        try (TableReader table = TableReader.open(file)) {
            assertThat(table.header().size()).isEqualTo(200);
            SourceRow only = table.next();
            assertThat(only.cells()).hasSize(200).containsEntry("col1", "1").containsEntry("col200", "200");
        }
    }

    @Test
    void streamClosesTheReader() {
        Path file = write(dir, "s.csv", "Ref\nC-1\nC-2\n", UTF_8);
        TableReader table = TableReader.open(file);

        try (var rows = table.stream()) {
            assertThat(rows.count()).isEqualTo(2);
        }

        assertThat(table.hasNext()).isFalse();
    }
}
