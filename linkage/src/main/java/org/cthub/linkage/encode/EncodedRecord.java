package org.cthub.linkage.encode;

import java.util.Arrays;

/**
 * A record as it leaves an organisation: its id, one Bloom filter per field and a record-level CLK.
 * Missing fields have an all-zero filter.
 *
 * @param id     the organisation's record id (not a personal value)
 * @param source the list the record comes from (an organisation), set by the hub when it reads the file
 * @param fields one filter per field
 * @param clk    the cryptographic long-term key over all fields
 */
public record EncodedRecord(String id, String source, long[][] fields, long[] clk) {

    /** @return whether field {@code f} was missing */
    public boolean missing(int f) {
        return Arrays.stream(fields[f]).allMatch(w -> w == 0);
    }

    /** @return the same record attributed to another source */
    public EncodedRecord withSource(String newSource) {
        return new EncodedRecord(id, newSource, fields, clk);
    }
}
