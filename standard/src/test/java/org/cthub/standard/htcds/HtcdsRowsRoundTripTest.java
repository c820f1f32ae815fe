package org.cthub.standard.htcds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class HtcdsRowsRoundTripTest {

    @Property(tries = 500)
    void readingWhatWasWrittenGivesBackTheRecord(@ForAll("caseRecords") CaseRecord record) {
        RowResult result = HtcdsRows.read(7, HtcdsRows.write(record));

        assertThat(result.problems()).isEmpty();
        assertThat(result).isEqualTo(new RowResult.Accepted(7, record));
    }

    @Property(tries = 200)
    void writtenColumnsFollowTheDocumentedOrder(@ForAll("caseRecords") CaseRecord record) {
        Map<String, String> row = HtcdsRows.write(record);
        List<String> header = HtcdsRows.columns(3);

        assertThat(row.keySet()).containsAll(HtcdsRows.columns());
        assertThat(header).containsAll(row.keySet());
        assertThat(List.copyOf(row.keySet())).isSortedAccordingTo(
                (first, second) -> Integer.compare(header.indexOf(first), header.indexOf(second)));
    }

    @Property(tries = 200)
    void writtenHeaderPassesTheHeaderCheck(@ForAll("caseRecords") CaseRecord record) {
        assertThat(HtcdsRows.checkHeader(List.copyOf(HtcdsRows.write(record).keySet())).isClean()).isTrue();
    }

    @Provide
    Arbitrary<CaseRecord> caseRecords() {
        return CaseRecordArbitraries.caseRecords();
    }
}
