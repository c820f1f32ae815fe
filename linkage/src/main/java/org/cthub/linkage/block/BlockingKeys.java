package org.cthub.linkage.block;

import java.util.List;
import org.cthub.linkage.encode.EncodedRecord;
import org.cthub.linkage.normalise.DateParts;
import org.cthub.linkage.normalise.FieldKind;
import org.cthub.linkage.normalise.NormalisedRecord;

/**
 * The blocking keys of a record. Plain text: each field's normal form and every form with one character
 * deleted (symmetric deletion, as in SymSpell: two values within one edit always share a key, so a pair is
 * lost only when every field has two or more errors), a name's consonant skeleton, a date's year with its
 * unordered day-month pair (so a swapped day and month still meet). Encodings: each field's
 * filter as a whole (equal filters mean equal values) plus the bands of a {@link BitSamplingLsh} on the CLK.
 */
public final class BlockingKeys {

    private BlockingKeys() {
    }

    /**
     * @param record a normalised record
     * @param kinds  the kind of each field
     * @return its keys; missing fields give none
     */
    public static long[] plain(NormalisedRecord record, List<FieldKind> kinds) {
        int size = 0;
        for (int f = 0; f < kinds.size(); f++) {
            size += record.text()[f].length() + 3;
        }
        long[] keys = new long[size];
        int k = 0;
        for (int f = 0; f < kinds.size(); f++) {
            if (record.missing(f)) {
                continue;
            }
            String text = record.text()[f];
            keys[k++] = hash(f * 8L, text);
            for (int i = 0; i < text.length() && text.length() > 1; i++) {
                keys[k++] = hash(f * 8L, text.substring(0, i) + text.substring(i + 1));
            }
            if (kinds.get(f) == FieldKind.NAME) {
                keys[k++] = hash(f * 8L + 1, record.skeleton()[f]);
            }
            if (kinds.get(f) == FieldKind.DATE) {
                DateParts d = record.dates()[f];
                keys[k++] = hash(f * 8L + 2, d.year() + "/" + Math.min(d.day(), d.month()) + "/"
                        + Math.max(d.day(), d.month()));
            }
        }
        return java.util.Arrays.copyOf(keys, k);
    }

    /**
     * @param record an encoded record
     * @param lsh    the bands on its CLK, {@code null} for none
     * @return its keys; missing fields give none
     */
    public static long[] encoded(EncodedRecord record, BitSamplingLsh lsh) {
        long[] bands = lsh == null ? new long[0] : lsh.keys(record.clk());
        long[] keys = java.util.Arrays.copyOf(bands, bands.length + record.fields().length);
        int k = bands.length;
        for (int f = 0; f < record.fields().length; f++) {
            if (!record.missing(f)) {
                long h = 0x9E3779B97F4A7C15L * (f + 1001);
                for (long word : record.fields()[f]) {
                    h = mix(h ^ word);
                }
                keys[k++] = h;
            }
        }
        return java.util.Arrays.copyOf(keys, k);
    }

    /** FNV-1a over the characters, seeded by a key family, then mixed. */
    static long hash(long family, String value) {
        long h = 0xcbf29ce484222325L ^ mix(family + 1);
        for (int i = 0; i < value.length(); i++) {
            h = (h ^ value.charAt(i)) * 0x100000001b3L;
        }
        return mix(h);
    }

    /** The finaliser of SplitMix64 (Steele, Lea and Flood 2014). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
