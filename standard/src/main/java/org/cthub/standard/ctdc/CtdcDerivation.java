package org.cthub.standard.ctdc;

import java.util.Objects;
import org.cthub.standard.htcds.CaseRecord;

/**
 * Derives the CTDC public records of an HTCDS case. The derivation is the same for every case and holds no
 * state; which cases may be published at all (consent, privacy) is decided by the caller. Mapping tables and
 * choices: {@code docs/ctdc-mapping.md}.
 */
public final class CtdcDerivation {

    private CtdcDerivation() {
    }

    /** The case as a row of the 2024 global synthetic layout (codebook v2, Feb 2024). */
    public static Ctdc2024Record to2024(CaseRecord record) {
        return Mapping2024.derive(Objects.requireNonNull(record, "record"));
    }

    /** The case as a row of the 2017 k-anonymised layout (codebook v6, Nov 2017). */
    public static Ctdc2017Record to2017(CaseRecord record) {
        return Mapping2017.derive(Objects.requireNonNull(record, "record"));
    }

    /** The case as a row of the 2022 victim-perpetrator layout (VP codebook v1, Dec 2022). */
    public static CtdcVp2022Record toVp2022(CaseRecord record) {
        return MappingVp2022.derive(Objects.requireNonNull(record, "record"));
    }
}
