package org.cthub.app.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cthub.standard.ctdc.Ctdc2024Record;
import org.cthub.store.releases.Checksums;
import org.cthub.store.releases.NewRelease;
import org.cthub.store.releases.Releases;

/**
 * Release folders written and recorded through the store's own API, as the releases feature leaves them: a
 * CTDC 2024 {@code data.csv} where three records alone have citizenship MDA (a small cell) beside 600 UKR, and a
 * codebook. Each is taken as far as asked: built, approved or published.
 */
final class TestReleases {

    static final List<String> HEADER = Ctdc2024Record.header();
    static final int SMALL_CELL = 3;

    private TestReleases() {
    }

    static long built(Releases releases, Path home, long seed) {
        return built(releases, home, rows(new Random(seed)), seed);
    }

    private static long built(Releases releases, Path home, List<String[]> rows, long seed) {
        String relative = "releases/hub-test-" + seed + "-" + System.nanoTime();
        Path folder = home.resolve(relative);
        try {
            Files.createDirectories(folder);
            write(folder.resolve("data.csv"), rows);
            Files.writeString(folder.resolve("codebook.json"), "[{\"column\":\"gender\",\"meaning\":\"Gender of the "
                    + "victim\",\"values\":\"Man, Woman\",\"missing\":\"Unknown\"},{\"column\":\"isForcedLabour\","
                    + "\"meaning\":\"Exploited in forced labour\",\"values\":\"1\",\"missing\":\"empty\"}]");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return releases.record(new NewRelease("k-anonymity", "k=11 suppression=0.05 epsilon=4", true, rows.size(), 0,
                Checksums.of(folder)), "hub-test", id -> relative);
    }

    static long approved(Releases releases, Path home, long seed) {
        long id = built(releases, home, seed);
        releases.approve(id, "hub-test");
        return id;
    }

    static int published(Releases releases, Path home, long seed) {
        return releases.publish(approved(releases, home, seed), "hub-test-admin", home);
    }

    /**
     * A published release whose k-anonymisation generalised citizenship to UN sub-regions and the country of
     * exploitation to UN regions: 300 Eastern Europe → Europe, 200 South-eastern Asia → Asia, 120 South-eastern
     * Asia → Europe, and 4 Western Africa → Europe (a small flow), plus 5 suppressed rows.
     */
    static int publishedGeneralised(Releases releases, Path home, long seed) {
        Random random = new Random(seed);
        List<String[]> rows = new ArrayList<>();
        Object[][] groups = {{"Eastern Europe", "Europe", 300}, {"South-eastern Asia", "Asia", 200},
                {"South-eastern Asia", "Europe", 120}, {"Western Africa", "Europe", 4}, {"*", "*", 5}};
        for (Object[] group : groups) {
            for (int r = 0; r < (int) group[2]; r++) {
                String[] row = new String[HEADER.size()];
                Arrays.fill(row, "");
                row[HEADER.indexOf("yearOfRegistration")] = group[0].equals("*") ? "*" : "2017-2021";
                row[HEADER.indexOf("gender")] = group[0].equals("*") ? "*" : random.nextBoolean() ? "Woman" : "Man";
                row[HEADER.indexOf("ageBroad")] = group[0].equals("*") ? "*" : "Adult";
                row[HEADER.indexOf("citizenship")] = (String) group[0];
                row[HEADER.indexOf("CountryOfExploitation")] = (String) group[1];
                row[HEADER.indexOf(random.nextBoolean() ? "isForcedLabour" : "isSexualExploit")] = "1";
                rows.add(row);
            }
        }
        long id = built(releases, home, rows, seed);
        releases.approve(id, "hub-test");
        return releases.publish(id, "hub-test-admin", home);
    }

    private static List<String[]> rows(Random random) {
        List<String[]> rows = new ArrayList<>();
        for (int r = 0; r < 600 + SMALL_CELL; r++) {
            String[] row = new String[HEADER.size()];
            Arrays.fill(row, "");
            row[HEADER.indexOf("yearOfRegistration")] = String.valueOf(2015 + random.nextInt(5));
            row[HEADER.indexOf("gender")] = random.nextBoolean() ? "Woman" : "Man";
            row[HEADER.indexOf("ageBroad")] = random.nextBoolean() ? "18--20" : "30--38";
            row[HEADER.indexOf("citizenship")] = r < 600 ? "UKR" : "MDA";
            row[HEADER.indexOf("CountryOfExploitation")] = random.nextBoolean() ? "POL" : "RUS";
            row[HEADER.indexOf(random.nextBoolean() ? "isForcedLabour" : "isSexualExploit")] = "1";
            rows.add(row);
        }
        return rows;
    }

    private static void write(Path file, List<String[]> rows) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
            printer.printRecord(HEADER);
            for (String[] row : rows) {
                printer.printRecord((Object[]) row);
            }
        }
    }
}
