package org.cthub.app.hub;

import java.util.ArrayList;
import java.util.List;
import org.cthub.app.generate.SyntheticCases;
import org.cthub.opendata.ReleaseData;
import org.cthub.opendata.ReleaseSchema;
import org.cthub.standard.ctdc.Ctdc2024Record;
import org.cthub.standard.ctdc.CtdcDerivation;

/**
 * A release's worth of CTDC 2024 records for benchmarks: generated cases derived as a release derives them, then
 * drawn with replacement up to the size wanted, so 10 million records keep the joint distributions of realistic
 * cases without generating 10 million of them (nor storing any).
 */
final class GeneratedRelease {

    static final int SOURCE_CASES = 100_000;

    private GeneratedRelease() {
    }

    static ReleaseData source(long seed) {
        SyntheticCases cases = new SyntheticCases(SOURCE_CASES, 8, seed);
        List<String[]> rows = new ArrayList<>(SOURCE_CASES);
        while (cases.hasNext()) {
            rows.add(CtdcDerivation.to2024(cases.next().record()).toRow());
        }
        return ReleaseData.of(ReleaseSchema.ctdc2024(), Ctdc2024Record.header(), rows, seed);
    }

    static ReleaseData of(int rows, long seed) {
        return source(seed).resample(rows, seed + 1, seed + 2);
    }
}
