package org.cthub.app.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cthub.app.Cthub;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code cthub link encode FILE --secret-file S --out encoded.csv}, as issue 7 writes it: id and fields found. */
class EncodeCommandTest {

    @TempDir
    Path dir;

    private Path secret;
    private Path out;

    record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void secret() throws IOException {
        secret = dir.resolve("secret");
        Files.writeString(secret, "a secret the organisations agreed on, never the hub");
        out = dir.resolve("encoded.csv");
    }

    @Test
    void encodesTheNameDateAndPlaceColumnsUnderTheIdColumnWhenNoneAreGiven() throws IOException {
        Path list = write("shelter.csv", """
                case_no,Record_ID,given_name,family_name,date_of_birth,gender,suburb,notes
                C-7,r1,Fatoumata,Traoré,1994-03-12,F,Medina,met at the bus station
                C-9,r2,Olena,Kovalenko,1988-11-02,F,Podil,referred by a friend
                """);
        Run run = encode(list.toString(), "--secret-file", secret.toString(), "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).isEqualTo(
                "Encoding given_name, family_name, date_of_birth, suburb; id column Record_ID" + System.lineSeparator());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).isEqualTo("Record_ID,given_name,family_name,date_of_birth,suburb,clk");
        assertThat(lines.subList(1, lines.size())).extracting(line -> line.split(",")[0]).containsExactly("r1", "r2");
        for (String value : List.of("C-7", "Fatoumata", "Traor", "1994", "Medina", "bus station", "Podil")) {
            assertThat(String.join("\n", lines)).doesNotContainIgnoringCase(value);
            assertThat(run.err() + run.out()).doesNotContain(value);
        }
    }

    @Test
    void prefersTheColumnNamedIdAndReadsASpreadsheetsByteOrderMark() throws IOException {
        Path list = write("hotline.csv", "\uFEFFID,rec_id,given_name,surname\nh1,x,Olena,Kovalenko\n");
        Run run = encode(list.toString(), "--secret-file", secret.toString(), "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("Encoding given_name, surname; id column ID");
        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8).getFirst()).isEqualTo("ID,given_name,surname,clk");
    }

    @Test
    void namedColumnsStillWin() throws IOException {
        Path list = write("hotline.csv", "id,case_no,given_name,surname,postcode\nh1,c1,Olena,Kovalenko,2000\n");
        Run run = encode(list.toString(), "--id", "case_no", "--fields", "surname,postcode", "--secret-file",
                secret.toString(), "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8).getFirst()).isEqualTo("case_no,surname,postcode,clk");
    }

    @Test
    void refusesAFileWithoutAnIdColumnNamingTheColumnsFound() throws IOException {
        Path list = write("hotline.csv", "case_no,given_name,surname\nc1,Olena,Kovalenko\n");
        Run run = encode(list.toString(), "--secret-file", secret.toString(), "--out", out.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(list.toString()).contains("no id column")
                .contains("id, rec_id, record_id").contains("columns found: case_no, given_name, surname")
                .contains("--id").doesNotContain("Olena");
        assertThat(out).doesNotExist();
    }

    @Test
    void refusesAFileWithoutANameDateOrPlaceColumn() throws IOException {
        Path list = write("hotline.csv", "id,gender,postcode\nh1,F,2000\n");
        Run run = encode(list.toString(), "--secret-file", secret.toString(), "--out", out.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("no column to compare").contains("columns found: id, gender, postcode")
                .contains("--fields");
        assertThat(out).doesNotExist();
    }

    @Test
    void refusesARepeatedIdBeforeWritingAnything() throws IOException {
        Path list = write("hotline.csv", "id,given_name,surname\nh1,Olena,Kovalenko\nh2,Ana,Popescu\nh1,Rosa,Quispe\n");
        Run run = encode(list.toString(), "--secret-file", secret.toString(), "--out", out.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(list.toString() + ", row 4, column id: the same id as row 2")
                .doesNotContain("h1").doesNotContain("Quispe");
        assertThat(out).doesNotExist();
    }

    private Run encode(String... args) {
        StringWriter output = new StringWriter();
        StringWriter error = new StringWriter();
        CommandLine commandLine = Cthub.commandLine();
        commandLine.setOut(new PrintWriter(output, true));
        commandLine.setErr(new PrintWriter(error, true));
        List<String> all = new java.util.ArrayList<>(List.of("link", "encode"));
        all.addAll(List.of(args));
        int exit = commandLine.execute(all.toArray(String[]::new));
        return new Run(exit, output.toString(), error.toString());
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
