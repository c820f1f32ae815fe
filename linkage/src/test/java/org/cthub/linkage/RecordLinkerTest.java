package org.cthub.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cthub.linkage.encode.EncodedRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** End to end on FEBRL dataset1 (1,000 generated records, 500 true pairs; see resources/febrl/README.md). */
class RecordLinkerTest {

    static final List<String> FIELDS = List.of("given_name", "surname", "street_number", "address_1", "address_2",
            "suburb", "postcode", "state", "date_of_birth", "soc_sec_id");
    static final byte[] SECRET = "test secret shared by two organisations".getBytes(StandardCharsets.UTF_8);
    static List<PersonRecord> records;

    @BeforeAll
    static void readFixture() throws IOException {
        try (InputStream in = RecordLinkerTest.class.getResourceAsStream("/febrl/dataset1.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<String> header = Arrays.stream(lines[0].split(",")).map(String::strip).toList();
            records = new ArrayList<>();
            for (int r = 1; r < lines.length; r++) {
                String[] cells = lines[r].split(",", -1);
                List<String> values = FIELDS.stream().map(f -> cells[header.indexOf(f)].strip()).toList();
                records.add(new PersonRecord(cells[0].strip(), r % 3 == 0 ? "police" : "shelter", values));
            }
        }
    }

    @Test
    void deduplicatesPlainRecordsWithHighF1() {
        LinkageResult result = new RecordLinker(LinkageOptions.dedupe(FIELDS)).linkPlain(records);
        assertThat(f1(result)).isGreaterThanOrEqualTo(0.99);
        assertThat(result.clusterCount()).isBetween(495, 510);
    }

    @Test
    void deduplicatesEncodedRecordsWithHighF1() {
        RecordLinker linker = new RecordLinker(LinkageOptions.dedupe(FIELDS));
        List<EncodedRecord> encoded = linker.encode(SECRET, records);
        assertThat(f1(linker.linkEncoded(encoded))).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void writesCaptureHistoriesCountingEveryPersonOnce() {
        LinkageResult result = new RecordLinker(LinkageOptions.dedupe(FIELDS)).linkPlain(records);
        List<List<String>> table = CaptureHistories.table(result);
        assertThat(table.get(0)).containsExactly("police", "shelter", "count");
        int people = table.stream().skip(1).mapToInt(row -> Integer.parseInt(row.get(2))).sum();
        assertThat(people).isEqualTo(result.clusterCount());
    }

    static double f1(LinkageResult result) {
        long tp = result.matches().stream().filter(m -> entity(result, m.first()).equals(entity(result, m.second())))
                .count();
        double precision = (double) tp / result.matches().size();
        double recall = tp / 500.0;
        return 2 * precision * recall / (precision + recall);
    }

    private static String entity(LinkageResult result, int record) {
        return result.ids().get(record).split("-")[1];
    }
}
