package org.cthub.linkage.encode;

import java.util.LinkedHashSet;
import java.util.Set;
import org.cthub.linkage.normalise.DateParts;
import org.cthub.linkage.normalise.FieldKind;
import org.cthub.linkage.normalise.NormalisedRecord;

/**
 * The set of elements hashed into a field's Bloom filter: padded bigrams of the normal form (Schnell,
 * Bachteler and Reiher 2009, "Privacy-preserving record linkage using Bloom filters", BMC Med Inform Decis Mak
 * 9:41), plus the consonant skeleton of a name, and for a date its year, month, day and the unordered
 * day-month pair, so that a swapped day and month still share elements.
 */
public final class Elements {

    private Elements() {
    }

    /**
     * @param record a normalised record
     * @param field  the field index
     * @param kind   the field's kind
     * @return the elements; empty when the field is missing
     */
    public static Set<String> of(NormalisedRecord record, int field, FieldKind kind) {
        Set<String> out = new LinkedHashSet<>();
        if (record.missing(field)) {
            return out;
        }
        if (kind == FieldKind.DATE) {
            DateParts d = record.dates()[field];
            out.add("y" + d.year());
            out.add("m" + d.month());
            out.add("d" + d.day());
            out.add("p" + Math.min(d.day(), d.month()) + "-" + Math.max(d.day(), d.month()));
            return out;
        }
        out.addAll(bigrams(record.text()[field]));
        if (kind == FieldKind.NAME && !record.skeleton()[field].isEmpty()) {
            out.add("s:" + record.skeleton()[field]);
        }
        return out;
    }

    /**
     * @param text a normal form
     * @return its bigrams with a {@code _} pad at both ends ("ann" gives _a, an, nn, n_)
     */
    public static Set<String> bigrams(String text) {
        Set<String> out = new LinkedHashSet<>();
        String padded = "_" + text + "_";
        for (int i = 0; i + 2 <= padded.length(); i++) {
            out.add(padded.substring(i, i + 2));
        }
        return out;
    }
}
