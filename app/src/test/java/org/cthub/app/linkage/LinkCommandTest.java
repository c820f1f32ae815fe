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
        assertThat(lines.get(0)).isEqualTo("id_a,id_b,probability");
        assertThat(lines.subList(1, lines.size())).extracting(line -> line.substring(0, line.lastIndexOf(',')))
                .contains("s1,h1", "s2,h2").doesNotContain("s4,h4");
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
