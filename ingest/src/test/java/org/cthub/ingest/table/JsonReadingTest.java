package org.cthub.ingest.table;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cthub.ingest.table.Fixtures.readAll;
import static org.cthub.ingest.table.Fixtures.write;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import org.cthub.standard.validation.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReadingTest {

    @TempDir
    Path dir;

    @Test
    void readsAnArrayOfObjectsWithTheUnionOfTheirKeysAsColumns() {
        Path file = write(dir, "cases.json", """
                [
                  {"ref": "C-1", "gender": "Female", "age": 30},
                  {"ref": "C-2", "consent": true, "age": 41.50, "note": null}
                ]
                """, UTF_8);

        try (TableReader table = TableReader.open(file)) {
            assertThat(table.details().format()).isEqualTo(TableFormat.JSON);
            assertThat(table.header().names()).containsExactly("ref", "gender", "age", "consent", "note");
            List<SourceRow> rows = table.stream().toList();
            assertThat(rows.get(0).cells().values()).containsExactly("C-1", "Female", "30", "", "");
            assertThat(rows.get(1).cells().values()).containsExactly("C-2", "", "41.50", "true", "");
            assertThat(rows.get(1).where()).isEqualTo("row 2 (line 3 of the file)");
        }
    }

    @Test
    void readsTheCasesArrayOfAnObjectAndFlattensNestedValues() {
        Path file = write(dir, "export.json", """
                {"exported": {"by": "NGO", "at": "2024-01-01"},
                 "cases": [
                   {"ref": "C-1",
                    "victim": {"gender": "Female", "citizenship": ["CO", "VE"]},
                    "events": [{"type": "Recruitment"}, {"type": "Exploitation"}]}
                 ],
                 "count": 1}
                """, UTF_8);

        try (TableReader table = TableReader.open(file)) {
            assertThat(table.header().names())
                    .containsExactly("ref", "victim.gender", "victim.citizenship", "events.1.type", "events.2.type");
            assertThat(table.next().cells().values())
                    .containsExactly("C-1", "Female", "CO;VE", "Recruitment", "Exploitation");
            assertThat(table.hasNext()).isFalse();
        }
    }

    @Test
    void reportsAnElementThatIsNotAnObjectAndReadsOn() {
        Path file = write(dir, "mixed.json", "[{\"ref\": \"C-1\"}, 42, {\"ref\": \"C-3\"}]", UTF_8);

        List<SourceRow> rows = readAll(file);

        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ErrorCode.E2001_MALFORMED_ROW);
            assertThat(problem.message()).isEqualTo(
                    "Row 2 (line 1 of the file): this element of the array is a number, not an object.");
        });
        assertThat(rows.get(2).cell("ref")).isEqualTo("C-3");
    }

    @Test
    void refusesTruncatedJsonBeforeHandingOnAnyRow() {
        Path file = write(dir, "cut.json", "[{\"ref\": \"C-1\"}, {\"ref\": \"C-", UTF_8);

        assertThatThrownBy(() -> TableReader.open(file))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.E2002_TRUNCATED_FILE);
                    assertThat(e.reason()).startsWith("it is not well-formed JSON at line 1");
                });
    }

    @Test
    void refusesJsonWithoutRows() {
        Path file = write(dir, "other.json", "{\"people\": []}", UTF_8);

        assertThatThrownBy(() -> TableReader.open(file)).isInstanceOf(UnreadableFileException.class)
                .hasMessage("Cannot read other.json: it is JSON but neither an array of objects nor an object"
                        + " with a \"cases\" array");
    }

    @Test
    void readsAnEmptyArrayAsATableWithoutColumnsOrRows() {
        Path file = write(dir, "none.json", "[ ]", UTF_8);

        try (TableReader table = TableReader.open(file)) {
            assertThat(table.header().names()).isEmpty();
            assertThat(table.hasNext()).isFalse();
        }
    }

    @Test
    void readsJsonInWindows1252() {
        Path file = write(dir, "cp.json", "[{\"comuna\": \"Ñuñoa\", \"org\": \"Société Générale\"}]",
                Charset.forName("windows-1252"));

        assertThat(readAll(file)).singleElement().satisfies(row ->
                assertThat(row.cells()).containsEntry("comuna", "Ñuñoa").containsEntry("org", "Société Générale"));
    }
}
