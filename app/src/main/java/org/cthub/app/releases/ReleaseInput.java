package org.cthub.app.releases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cthub.privacy.Table;
import org.cthub.privacy.hierarchy.Hierarchy;
import org.cthub.standard.ctdc.Ctdc2024Record;
import org.cthub.standard.ctdc.CtdcDerivation;
import org.cthub.standard.htcds.CaseRecord;

/**
 * The confidential input of a release: the CTDC 2024 records of the cases whose owners consented to sharing,
 * with missing quasi-identifiers (and values their hierarchy does not know, such as a year outside 2002–2026)
 * written as {@code Unknown}. Cases without consent are counted, never kept.
 *
 * @param table the derived records in the CTDC 2024 layout
 * @param inputCases every case read
 * @param withoutConsent cases left out because their owners did not record consent to share
 * @param mappedToUnknown per quasi-identifier, the records whose value was missing or outside the hierarchy
 */
record ReleaseInput(Table table, long inputCases, long withoutConsent, Map<String, Long> mappedToUnknown) {

    ReleaseInput {
        mappedToUnknown = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(mappedToUnknown));
    }

    /** Reads the cases once; the caller closes the stream. */
    static ReleaseInput of(Stream<CaseRecord> cases) {
        return of(cases, BuildProgress.NONE);
    }

    static ReleaseInput of(Stream<CaseRecord> cases, BuildProgress progress) {
        List<String> header = Ctdc2024Record.header();
        QuasiIdentifier[] identifiers = QuasiIdentifier.values();
        int[] positions = Arrays.stream(identifiers).mapToInt(id -> header.indexOf(id.column())).toArray();
        Hierarchy[] hierarchies = Arrays.stream(identifiers).map(QuasiIdentifier::hierarchy).toArray(Hierarchy[]::new);
        long[] unknown = new long[identifiers.length];
        List<List<String>> rows = new ArrayList<>();
        long input = 0;
        long withoutConsent = 0;
        Iterator<CaseRecord> iterator = cases.iterator();
        while (iterator.hasNext()) {
            CaseRecord record = iterator.next();
            input++;
            if (input % 1_000 == 0) {
                progress.casesRead(input);
            }
            if (!record.consent().allowsSharing()) {
                withoutConsent++;
                continue;
            }
            String[] cells = CtdcDerivation.to2024(record).toRow();
            for (int j = 0; j < identifiers.length; j++) {
                String value = cells[positions[j]];
                if (value.isEmpty() || hierarchies[j].indexOf(value) < 0) {
                    cells[positions[j]] = QuasiIdentifier.UNKNOWN;
                    unknown[j]++;
                }
            }
            rows.add(Arrays.asList(cells));
        }
        progress.casesRead(input);
        Map<String, Long> mapped = new LinkedHashMap<>();
        for (int j = 0; j < identifiers.length; j++) {
            mapped.put(identifiers[j].column(), unknown[j]);
        }
        return new ReleaseInput(new Table(header, rows), input, withoutConsent, mapped);
    }

    long consenting() {
        return table.size();
    }
}
