package org.cthub.standard.ctdc;

import java.util.Objects;
import org.cthub.standard.htcds.CaseRecord;

/**
 * Maps CTDC public records into HTCDS cases: exact values where HTCDS has them, coarse ones into CT Hub's
 * extension fields (age band, majority status, registration year or period, regions, perpetrator summary), and
 * a documented representative where a CTDC flag merges several HTCDS values. Deriving the same layout from the
 * result gives the record back, except for the values HTCDS cannot hold, listed in {@code docs/ctdc-mapping.md}.
 */
public final class CtdcImport {

    private CtdcImport() {
    }

    public static CaseRecord from2024(Ctdc2024Record record) {
        return Mapping2024.toCase(Objects.requireNonNull(record, "record"));
    }

    public static CaseRecord from2017(Ctdc2017Record record) {
        return Mapping2017.toCase(Objects.requireNonNull(record, "record"));
    }

    public static CaseRecord fromVp2022(CtdcVp2022Record record) {
        return MappingVp2022.toCase(Objects.requireNonNull(record, "record"));
    }
}
