package org.cthub.opendata;

import java.util.List;

/**
 * True counts before protection, each with its cell key: the sum, modulo 2^32, of the keys of the records in the
 * cell. Cells are laid out row-major over the grouping variables' slots; slot 0 of a variable is "not recorded".
 * Never leaves this package: only {@link Answer}s do.
 */
record Tabulation(List<String> groupBy, int[] slots, long[] counts, int[] keys, long total, int totalKey,
                  long[] recorded, int[] recordedKeys) {

    int cell(int first, int second) {
        return slots.length < 2 ? first : first * slots[1] + second;
    }
}
