package org.cthub.ingest.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The oracle: a random table that Commons CSV writes, with any supported delimiter and encoding, with or
 * without a byte order mark, reads back cell for cell (trimmed), its delimiter and encoding detected. Each
 * case is generated from its seed, so a failure names the seed that reproduces it.
 */
class CsvRoundTripTest {

    /** ASCII, the delimiters, quotes, line breaks and Latin-1 letters; no '#' (a row of tags would be HXL). */
    private static final String REPERTOIRE = "abcXYZ019 ,;|\t\"\n\r'=+-éñÑüßÅ";
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final String[] ENCODINGS = {"UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", "ISO-8859-1"};

    @TempDir
    Path dir;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 100);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void readsBackWhatWasWritten(long seed) throws IOException {
        Random random = new Random(seed);
        List<List<String>> table = table(random);
        char delimiter = DELIMITERS[random.nextInt(DELIMITERS.length)];
        String encoding = ENCODINGS[random.nextInt(ENCODINGS.length)];
        boolean bom = encoding.startsWith("UTF") && random.nextBoolean();
        Path file = Files.write(dir.resolve("t.csv"), encode(print(table, delimiter), encoding, bom));

        List<List<String>> expected = table.stream().skip(1)
                .map(row -> row.stream().map(CellText::clean).toList())
                .filter(row -> row.stream().anyMatch(cell -> !cell.isEmpty()))
                .toList();
        try (TableReader reader = TableReader.open(file)) {
            assertThat(reader.details().delimiter()).isEqualTo(delimiter);
            assertThat(reader.details().encoding().name()).isIn(acceptedNames(encoding));
            assertThat(reader.header().names()).isEqualTo(table.getFirst());
            assertThat(reader.stream().map(row -> List.copyOf(row.cells().values())).toList()).isEqualTo(expected);
        }
    }

    private static List<List<String>> table(Random random) {
        int columns = 2 + random.nextInt(5);
        List<List<String>> table = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
            header.add("col" + i);
        }
        table.add(header);
        for (int rows = random.nextInt(9); rows > 0; rows--) {
            List<String> row = new ArrayList<>();
            for (int i = 0; i < columns; i++) {
                StringBuilder cell = new StringBuilder();
                for (int length = random.nextInt(13); length > 0; length--) {
                    cell.append(REPERTOIRE.charAt(random.nextInt(REPERTOIRE.length())));
                }
                row.add(cell.toString());
            }
            table.add(row);
        }
        return table;
    }

    private static String print(List<List<String>> table, char delimiter) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setDelimiter(delimiter).get())) {
            for (List<String> row : table) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static byte[] encode(String text, String encoding, boolean bom) {
        byte[] mark = !bom ? new byte[0] : switch (encoding) {
            case "UTF-8" -> Fixtures.bytes(0xEF, 0xBB, 0xBF);
            case "UTF-16LE" -> Fixtures.bytes(0xFF, 0xFE);
            default -> Fixtures.bytes(0xFE, 0xFF);
        };
        return Fixtures.withBom(mark, text, Charset.forName(encoding));
    }

    /** Latin-1 text without accents is ASCII, read as UTF-8; Windows-1252 and ISO-8859-1 read the same. */
    private static List<String> acceptedNames(String encoding) {
        return encoding.startsWith("UTF") ? List.of(encoding) : List.of("windows-1252", "ISO-8859-1", "UTF-8");
    }
}
