package org.cthub.app.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cthub.app.cli.Progress;
import org.cthub.app.cli.Store;
import org.cthub.app.generate.GenerateCommand;
import org.cthub.standard.htcds.CaseStatus;
import org.cthub.standard.validation.ErrorCode;
import org.cthub.standard.validation.Problem;
import org.cthub.store.Database;
import org.cthub.store.cases.StoredCase;
import org.cthub.store.crypto.KeyRing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole import path, from a file's bytes to stored cases, on an embedded database. */
class ImportServiceTest {

    private static final String HEADER = "cas_Reference,cas_RegistrationDate,cas_Status,prs_FirstName,prs_SecondName,"
            + "prs_Birthdate,prs_Gender,prs_Citizenship,vic_TypeOfExploitation,vic_CountryOfExploitation,"
            + "con_ShareAnonymised\n";

    @TempDir
    Path dir;

    private Store store;
    private ImportService service;

    @BeforeEach
    void open() {
        store = new Store(Database.open(Database.h2FileUrl(dir.resolve("db"))),
                KeyRing.of("t", Map.of("t", new byte[32])));
        service = new ImportService(store.importer(), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void importsAGeneratedFileWhole() {
        Path file = dir.resolve("cases.csv");
        GenerateCommand.write(300, 1, 5, file, Progress.NONE);
        ImportReport report = run(file, "NGO1");
        assertThat(report.rows()).isEqualTo(300);
        assertThat(report.accepted()).isEqualTo(300);
        assertThat(report.rejected()).isZero();
        assertThat(report.inserted()).isEqualTo(300);
        assertThat(report.format()).isEqualTo("htcds-csv");
        assertThat(report.sha256()).hasSize(64);
        assertThat(stored("NGO1")).hasSize(300);
    }

    @Test
    void importingTheSameFileAgainChangesNothingAndSaysSo() {
        Path file = dir.resolve("cases.csv");
        GenerateCommand.write(50, 1, 5, file, Progress.NONE);
        ImportReport first = run(file, "NGO1");
        ImportReport again = run(file, "NGO1");
        assertThat(again.duplicate()).isTrue();
        assertThat(again.batch()).isEqualTo(first.batch());
        assertThat(stored("NGO1")).hasSize(50);
    }

    @Test
    void aChangedRowWithTheSameReferenceUpdatesTheCaseAndKeepsItsHistory() throws IOException {
        Path first = write("v1.csv", HEADER + "R-1,2023-05-01,Active,Ana,Pérez,1990-02-03,Feminine,PE,ForcedLabour,PE,yes\n"
                + "R-2,2023-05-02,Active,Luz,Quispe,1995-02-03,Feminine,BO,SexualExploitation,PE,no\n");
        Path second = write("v2.csv", HEADER + "R-1,2023-05-01,Closed,Ana,Pérez,1990-02-03,Feminine,PE,ForcedLabour,PE,yes\n"
                + "R-2,2023-05-02,Active,Luz,Quispe,1995-02-03,Feminine,BO,SexualExploitation,PE,no\n");
        run(first, "NGO1");
        ImportReport update = run(second, "NGO1");
        assertThat(update.updated()).isEqualTo(1);
        assertThat(update.unchanged()).isEqualTo(1);
        assertThat(update.inserted()).isZero();
        StoredCase updated = stored("NGO1").stream()
                .filter(c -> c.record().caseInfo().reference().equals("R-1")).findFirst().orElseThrow();
        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.record().caseInfo().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(historyRows()).isEqualTo(1);
    }

    @Test
    void rejectsARowWithAnInvalidValueWholeAndReportsRowFieldCodeAndWhatIsAccepted() throws IOException {
        Path file = write("bad.csv", HEADER
                + "R-1,2023-05-01,Active,Ana,Pérez,1990-02-03,Feminine,PE,ForcedLabour,PE,yes\n"
                + "R-2,2023-05-02,Active,Luz,Quispe,1995-02-03,Feminine,Narnia,ForcedLabour,PE,yes\n"
                + "R-3,2023-05-02,Pending,Rosa,Flores,1995-02-03,Feminine,PE,ForcedLabour,PE,yes\n");
        ImportReport report = run(file, "NGO1");
        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.rejected()).isEqualTo(2);
        assertThat(report.problems()).extracting(Problem::row, Problem::field, Problem::code)
                .contains(org.assertj.core.groups.Tuple.tuple(2L, "prs_Citizenship", ErrorCode.E1003_UNKNOWN_COUNTRY),
                        org.assertj.core.groups.Tuple.tuple(3L, "cas_Status", ErrorCode.E1002_UNKNOWN_VALUE));
        Problem status = report.problems().stream().filter(p -> p.row() == 3).findFirst().orElseThrow();
        assertThat(status.value()).isEqualTo("Pending");
        assertThat(status.message()).contains("Active");
        assertThat(stored("NGO1")).extracting(c -> c.record().caseInfo().reference()).containsExactly("R-1");
    }

    @Test
    void rejectsTheSecondRowThatRepeatsACaseReference() throws IOException {
        Path file = write("twice.csv", HEADER
                + "R-1,2023-05-01,Active,Ana,Pérez,1990-02-03,Feminine,PE,ForcedLabour,PE,yes\n"
                + "R-1,2023-05-01,Closed,Ana,Pérez,1990-02-03,Feminine,PE,ForcedLabour,PE,yes\n");
        ImportReport report = run(file, "NGO1");
        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(2);
            assertThat(problem.code()).isEqualTo(ErrorCode.E2005_DUPLICATE_REFERENCE);
        });
    }

    @Test
    void neverEchoesPersonalValuesInProblems() throws IOException {
        Path file = write("born-later.csv", HEADER
                + "R-1,2023-05-01,Active,Ana,Pérez,2031-13-45,Feminine,PE,ForcedLabour,PE,yes\n");
        ImportReport report = run(file, "NGO1");
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.problems()).allSatisfy(problem -> {
            assertThat(problem.field()).isEqualTo("prs_Birthdate");
            assertThat(problem.value()).isNull();
            assertThat(problem.message()).doesNotContain("2031");
        });
    }

    @Test
    void readsWindows1252SemicolonFilesWithoutManglingAccents() throws IOException {
        String text = HEADER.replace(',', ';')
                + "R-1;2023-05-01;Activo;Ñusta;D’Gutiérrez;1990-02-03;Femenino;Perú;Trabajo forzoso;Perú;sí\n";
        Path file = dir.resolve("latin.csv");
        Files.write(file, text.getBytes(Charset.forName("windows-1252")));
        ImportReport report = run(file, "NGO1");
        assertThat(report.problems()).isEmpty();
        assertThat(report.details()).contains("windows-1252");
        assertThat(stored("NGO1")).singleElement().satisfies(c -> {
            assertThat(c.record().person().firstName()).isEqualTo("Ñusta");
            assertThat(c.record().person().secondName()).isEqualTo("D’Gutiérrez");
        });
    }

    @Test
    void importsHtcdsJson() throws IOException {
        Path file = write("cases.json", """
                {"cases": [
                  {"cas_Reference": "J-1", "cas_RegistrationDate": "2024-01-09", "prs_Gender": "Masculin",
                   "prs_Citizenship": ["SN", "ML"], "vic_TypeOfExploitation": "Forced begging",
                   "con_ShareAnonymised": true},
                  {"cas_Reference": "J-2", "cas_RegistrationDate": "2024-01-10", "prs_Gender": "Féminin",
                   "prs_Citizenship": "Côte d'Ivoire", "vic_TypeOfExploitation": "Servitude"}
                ]}
                """);
        ImportReport report = run(file, "NGO1");
        assertThat(report.format()).isEqualTo("htcds-json");
        assertThat(report.problems()).isEmpty();
        assertThat(stored("NGO1")).hasSize(2).anySatisfy(c -> assertThat(c.record().person().citizenship())
                .extracting(country -> country.alpha2()).containsExactly("SN", "ML"));
    }

    @Test
    void importsAnHxlTaggedTableByItsHtcdsHeader() throws IOException {
        Path file = write("hxl.csv", "cas_Reference,prs_Gender,prs_Citizenship,vic_TypeOfExploitation\n"
                + "#case+id,#affected+gender,#country+code,#indicator+exploitation\n"
                + "H-1,Feminine,UA,Sexual exploitation\n");
        ImportReport report = run(file, "NGO1");
        assertThat(report.problems()).isEmpty();
        assertThat(report.rows()).as("the hashtag row is not data").isEqualTo(1);
        assertThat(stored("NGO1")).singleElement()
                .satisfies(c -> assertThat(c.record().caseInfo().reference()).isEqualTo("H-1"));
    }

    @Test
    void aDryRunReportsButStoresNothing() throws IOException {
        Path file = write("dry.csv", HEADER + "R-1,2023-05-01,Active,Ana,Pérez,1990-02-03,Feminine,PE,ForcedLabour,PE,yes\n");
        ImportReport report = service.run(new ImportJob(file, "NGO1", ImportFormat.AUTO, null, true, "test"), n -> { });
        assertThat(report.dryRun()).isTrue();
        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.batch()).isNull();
        assertThat(stored("NGO1")).isEmpty();
    }

    @Test
    void refusesAFileThatIsNoKnownLayout() throws IOException {
        Path file = write("other.csv", "name,age\nAna,30\n");
        assertThatThrownBy(() -> run(file, "NGO1")).isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining("other.csv").hasMessageContaining("--mapping");
        assertThat(stored("NGO1")).isEmpty();
    }

    @Test
    void importsCtdcVictimPerpetratorRowsWithReferencesMadeFromTheFile() throws IOException {
        Path file = dir.resolve("vp.csv");
        try (var in = ImportServiceTest.class.getResourceAsStream("/ctdc/vp-sample.csv")) {
            Files.copy(in, file);
        }
        ImportReport report = run(file, "CTDC");
        assertThat(report.format()).isEqualTo("ctdc-vp-2022");
        assertThat(report.rejected()).isZero();
        assertThat(report.accepted()).isEqualTo(report.rows()).isGreaterThan(10);
        assertThat(stored("CTDC")).allSatisfy(c -> assertThat(c.record().caseInfo().reference())
                .startsWith("ctdc-vp-2022-" + report.sha256().substring(0, 12) + "-"));
    }

    private ImportReport run(Path file, String organisation) {
        return service.run(new ImportJob(file, organisation, ImportFormat.AUTO, null, false, "test"), n -> { });
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private List<StoredCase> stored(String organisation) {
        try (Stream<StoredCase> cases = store.cases().export(organisation)) {
            return cases.toList();
        }
    }

    private long historyRows() {
        return store.database().inTransaction(connection -> {
            try (var statement = connection.createStatement();
                 var rows = statement.executeQuery("SELECT COUNT(*) FROM trafficking_case_history")) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }
}
