package org.cthub.app.releases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cthub.privacy.Table;
import org.cthub.privacy.anonymity.Anonymiser;
import org.cthub.privacy.risk.ReidentificationRisk;
import org.cthub.privacy.risk.RiskReport;
import org.cthub.privacy.risk.SdcMicroRisk;

/**
 * Risk and class figures of a release, before (the consenting records at full detail) and after (the
 * published records; records whose quasi-identifiers are all suppressed cannot be linked and are left out of
 * the risk after). The sample is its own population: journalist risk equals prosecutor risk, as CTDC holds no
 * population table.
 *
 * @param riskBefore risk of the consenting records
 * @param riskAfter risk of the published records
 * @param sdcMicroBefore sdcMicro's global risk before
 * @param sdcMicroAfter sdcMicro's global risk after
 * @param published records whose quasi-identifiers are published (not suppressed)
 * @param classes equivalence classes of the published records
 * @param smallestClass size of the smallest class, 0 when none
 * @param classSizes classes and records per size band
 */
record ReleaseStatistics(RiskReport riskBefore, RiskReport riskAfter, double sdcMicroBefore, double sdcMicroAfter,
                         long published, long classes, long smallestClass, List<SizeBand> classSizes) {

    /** Classes whose size is in [from, to] (to = Long.MAX_VALUE for the last band). */
    record SizeBand(long from, long to, long classes, long records) {

        String label() {
            return to == Long.MAX_VALUE ? from + "+" : from == to ? Long.toString(from) : from + "–" + to;
        }
    }

    static ReleaseStatistics of(Table before, Table after, int k) {
        List<String> identifiers = QuasiIdentifier.columns();
        Table published = unsuppressed(after, identifiers);
        double threshold = 1.0 / k;
        Map<List<String>, Long> sizes = new HashMap<>();
        int[] positions = identifiers.stream().mapToInt(published::column).toArray();
        for (List<String> row : published.rows()) {
            sizes.merge(java.util.Arrays.stream(positions).mapToObj(row::get).toList(), 1L, Long::sum);
        }
        long smallest = sizes.values().stream().mapToLong(Long::longValue).min().orElse(0);
        return new ReleaseStatistics(ReidentificationRisk.of(before, identifiers, threshold),
                ReidentificationRisk.of(published, identifiers, threshold),
                SdcMicroRisk.measure(before, identifiers).global(), SdcMicroRisk.measure(published, identifiers).global(),
                published.size(), sizes.size(), smallest, bands(sizes.values(), k));
    }

    private static Table unsuppressed(Table table, List<String> identifiers) {
        int[] positions = identifiers.stream().mapToInt(table::column).toArray();
        return new Table(table.columns(), table.rows().stream().filter(row -> java.util.Arrays.stream(positions)
                .anyMatch(p -> !Anonymiser.SUPPRESSED.equals(row.get(p)))).toList());
    }

    private static List<SizeBand> bands(java.util.Collection<Long> sizes, int k) {
        long[] edges = {1, k, 2L * k, 5L * k, 10L * k, 100L * k, Long.MAX_VALUE};
        List<SizeBand> bands = new ArrayList<>();
        for (int i = 0; i + 1 < edges.length; i++) {
            long from = edges[i];
            long to = edges[i + 1] == Long.MAX_VALUE ? Long.MAX_VALUE : edges[i + 1] - 1;
            long classes = 0;
            long records = 0;
            for (long size : sizes) {
                if (size >= from && size <= to) {
                    classes++;
                    records += size;
                }
            }
            if (from <= to && (classes > 0 || from >= k)) {
                bands.add(new SizeBand(from, to, classes, records));
            }
        }
        return bands;
    }
}
