package org.cthub.app.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cthub.app.Cthub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Two organisations encode their lists with a shared secret, and the hub links the encodings: the same
 * invented people are found although one list misspells them, and no name reaches the hub.
 */
class LinkCommandTest {

    private static final String SHELTER = """
            id,given_name,surname,date_of_birth
            s1,Fatoumata,Traoré,1994-03-12
            s2,Olena,Kovalenko,1988-11-02
            s3,Maricel,Santos,2001-06-30
            s4,Blessing,Okafor,1997-01-19
            """;
    private static final String HOTLINE = """
            id,given_name,surname,date_of_birth
            h1,Fatoumata,Traore,1994-03-12
            h2,Olena,Kovalenko,1988-11-02
            h3,Mariecel,Santos,2001-06-30
            h4,Ibrahim,Diallo,1979-09-09
            """;

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private Run cthub(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Cthub.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private int cthub(StringWriter out, String... args) {
        CommandLine commandLine = Cthub.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(new StringWriter()));
        return commandLine.execute(args);
    }

    @Test
    void linksEncodedListsWithoutNamesLeavingTheOrganisations() throws IOException {
        Path secret = dir.resolve("secret");
        Files.writeString(secret, "a secret the two organisations agreed on, never the hub");
        Path shelter = write("shelter.csv", SHELTER);
        Path hotline = write("hotline.csv", HOTLINE);
        Path shelterEncoded = dir.resolve("shelter.enc.csv");
        Path hotlineEncoded = dir.resolve("hotline.enc.csv");
        String fields = "given_name,surname,date_of_birth";
        assertThat(cthub(new StringWriter(), "link", "encode", shelter.toString(), "--id", "id", "--fields", fields,
                "--secret-file", secret.toString(), "--out", shelterEncoded.toString())).isZero();
        assertThat(cthub(new StringWriter(), "link", "encode", hotline.toString(), "--id", "id", "--fields", fields,
                "--secret-file", secret.toString(), "--out", hotlineEncoded.toString())).isZero();
        String encoded = Files.readString(shelterEncoded, StandardCharsets.UTF_8);
        for (String plain : List.of("Fatoumata", "Traoré", "Kovalenko", "1994", "Okafor")) {
            assertThat(encoded).doesNotContainIgnoringCase(plain);
        }

        Path pairs = dir.resolve("pairs.csv");
        int exit = cthub(new StringWriter(), "link", shelterEncoded.toString(), hotlineEncoded.toString(),
                "--encoded", "--id", "id", "--fields", fields, "--one-per-list", "--out", pairs.toString());
        assertThat(exit).isZero();
        List<String> lines = Files.readAllLines(pairs, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("id_a,id_b,probability,list_a,list_b");
        assertThat(lines.subList(1, lines.size())).extracting(LinkCommandTest::withoutProbability)
                .contains("s1,h1,shelter.enc,hotline.enc", "s2,h2,shelter.enc,hotline.enc")
                .doesNotContain("s4,h4,shelter.enc,hotline.enc");
    }

    /** Both organisations number their rows from 1: the same id means different people in the two lists. */
    @Test
    void linksTwoFilesWithOverlappingIdsUnambiguously() throws IOException {
        Path ngo = write("ngo.csv", """
                id,given_name,surname,date_of_birth
                1,Fatoumata,Traoré,1994-03-12
                2,Olena,Kovalenko,1988-11-02
                3,Maricel,Santos,2001-06-30
                4,Blessing,Okafor,1997-01-19
                5,Nguyen,Thi Lan,1990-05-05
                6,Ana,Popescu,1985-08-21
                """);
        Path police = write("police.csv", """
                id,given_name,surname,date_of_birth
                1,Ana,Popescu,1985-08-21
                2,Ibrahim,Diallo,1979-09-09
                3,Fatoumata,Traore,1994-03-12
                4,Olena,Kovalenko,1988-11-02
                5,Rosa,Quispe,1999-12-01
                6,Maricel,Santos,2001-06-30
                """);
        // Encoded as issue 7 writes the command, id column and fields found from the header.
        Path secret = dir.resolve("secret");
        Files.writeString(secret, "a secret the two organisations agreed on, never the hub");
        Files.createDirectories(dir.resolve("hub"));
        Path ngoEncoded = dir.resolve("hub/ngo.csv");
        Path policeEncoded = dir.resolve("hub/police.csv");
        assertThat(cthub("link", "encode", ngo.toString(), "--secret-file", secret.toString(), "--out",
                ngoEncoded.toString()).exit()).isZero();
        assertThat(cthub("link", "encode", police.toString(), "--secret-file", secret.toString(), "--out",
                policeEncoded.toString()).exit()).isZero();
        Path pairs = dir.resolve("pairs.csv");
        Path clusters = dir.resolve("clusters.csv");
        Path histories = dir.resolve("histories.csv");
        Run run = cthub("link", ngoEncoded.toString(), policeEncoded.toString(), "--encoded", "--one-per-list",
                "--out", pairs.toString(), "--clusters", clusters.toString(), "--histories", histories.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        List<String> pairLines = Files.readAllLines(pairs, StandardCharsets.UTF_8);
        assertThat(pairLines.get(0)).isEqualTo("id_a,id_b,probability,list_a,list_b");
        assertThat(pairLines.subList(1, pairLines.size())).extracting(LinkCommandTest::withoutProbability)
                .containsExactlyInAnyOrder("1,3,ngo,police", "2,4,ngo,police", "3,6,ngo,police", "6,1,ngo,police");
        List<String> clusterLines = Files.readAllLines(clusters, StandardCharsets.UTF_8);
        assertThat(clusterLines.get(0)).isEqualTo("id,cluster,list");
        Map<String, String> clusterOf = clusterLines.stream().skip(1).map(line -> line.split(","))
                .collect(Collectors.toMap(cells -> cells[2] + ":" + cells[0], cells -> cells[1]));
        assertThat(clusterOf).hasSize(12);
        assertThat(clusterOf.get("ngo:1")).isEqualTo(clusterOf.get("police:3")).isNotEqualTo(clusterOf.get("police:1"));
        assertThat(clusterOf.get("ngo:6")).isEqualTo(clusterOf.get("police:1"));
        assertThat(clusterOf.values().stream().distinct()).hasSize(8);
        assertThat(Files.readAllLines(histories, StandardCharsets.UTF_8))
                .containsExactlyInAnyOrder("ngo,police,count", "0,1,2", "1,0,2", "1,1,4");
    }

    @Test
    void refusesARepeatedIdNamingFileRowAndColumn() throws IOException {
        Path list = write("shelter.csv", SHELTER + "s2,Ana,Popescu,1985-08-21\n");
        Path pairs = dir.resolve("pairs.csv");
        Run run = cthub("link", list.toString(), "--out", pairs.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(list.toString() + ", row 6, column id: the same id as row 3")
                .doesNotContain("Popescu").doesNotContain("Kovalenko");
        assertThat(pairs).doesNotExist();
    }

    @Test
    void refusesAnEmptyId() throws IOException {
        Path list = write("shelter.csv", SHELTER + ",Ana,Popescu,1985-08-21\n");
        Run run = cthub("link", list.toString(), "--out", dir.resolve("pairs.csv").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(list.toString() + ", row 6, column id: the id is empty");
    }

    /** Two files called hotline.csv would merge into one column of the capture histories. */
    @Test
    void refusesFilesThatNameTheSameList() throws IOException {
        Files.createDirectories(dir.resolve("north"));
        Files.createDirectories(dir.resolve("south"));
        Path north = write("north/hotline.csv", SHELTER);
        Path south = write("south/Hotline.csv", HOTLINE);
        Path pairs = dir.resolve("pairs.csv");
        Run run = cthub("link", north.toString(), south.toString(), "--out", pairs.toString(), "--histories",
                dir.resolve("histories.csv").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(north.toString()).contains(south.toString()).contains("'Hotline'");
        assertThat(pairs).doesNotExist();
    }

    @Test
    void findsTheIdAndFieldsOfEncodedFilesByThemselves() throws IOException {
        Path shelter = write("shelter.csv", """
                Rec_ID,given_name,surname,date_of_birth,gender
                s1,Fatoumata,Traoré,1994-03-12,F
                s2,Olena,Kovalenko,1988-11-02,F
                s3,Maricel,Santos,2001-06-30,F
                s4,Blessing,Okafor,1997-01-19,F
                """);
        Path hotline = write("hotline.csv", HOTLINE);
        Path secret = dir.resolve("secret");
        Files.writeString(secret, "a secret the two organisations agreed on, never the hub");
        Path shelterEncoded = dir.resolve("shelter.enc.csv");
        Path hotlineEncoded = dir.resolve("hotline.enc.csv");
        for (Path[] files : new Path[][] {{shelter, shelterEncoded}, {hotline, hotlineEncoded}}) {
            assertThat(cthub("link", "encode", files[0].toString(), "--secret-file", secret.toString(), "--out",
                    files[1].toString()).exit()).isZero();
        }
        Path pairs = dir.resolve("pairs.csv");
        Run run = cthub("link", shelterEncoded.toString(), hotlineEncoded.toString(), "--encoded", "--out",
                pairs.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("Comparing given_name, surname, date_of_birth; id column Rec_ID, id");
        assertThat(Files.readAllLines(pairs, StandardCharsets.UTF_8)).extracting(LinkCommandTest::withoutProbability)
                .contains("s1,h1,shelter.enc,hotline.enc", "s2,h2,shelter.enc,hotline.enc");
    }

    /** Plain files: the name, date and place columns are compared, not a code such as gender. */
    @Test
    void comparesTheNameDateAndPlaceColumnsOfPlainFilesByDefault() throws IOException {
        Path list = write("cases.csv", """
                record_id,given_name,surname,gender,date_of_birth,city,case_no
                1,Fatoumata,Traoré,F,1994-03-12,Dakar,C1
                2,Fatoumata,Traore,F,1994-03-12,Dakar,C2
                3,Olena,Kovalenko,F,1988-11-02,Kyiv,C3
                """);
        Run run = cthub("link", list.toString(), "--out", dir.resolve("pairs.csv").toString(), "--json");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).isEqualTo("Comparing given_name, surname, date_of_birth, city; id column record_id"
                + System.lineSeparator());
        assertThat(run.out()).contains("\"field\":\"city\"").doesNotContain("\"field\":\"gender\"")
                .doesNotContain("case_no");
        assertThat(Files.readAllLines(dir.resolve("pairs.csv"), StandardCharsets.UTF_8).getFirst())
                .isEqualTo("id_a,id_b,probability");
    }

    private static String withoutProbability(String line) {
        String[] cells = line.split(",");
        return cells[0] + "," + cells[1] + (cells.length > 3 ? "," + cells[3] + "," + cells[4] : "");
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
