package org.cthub.linkage.encode;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.cthub.linkage.normalise.FieldKind;
import org.cthub.linkage.normalise.NormalisedRecord;

/**
 * Encodes a normalised record into keyed, hardened Bloom filters: one per field and one record-level CLK.
 *
 * <p><b>Hashing.</b> Each element (bigram, skeleton, date part) is mapped to bit positions by
 * HMAC-SHA256 under a per-field key derived from the organisations' shared secret: "random hashing", which
 * unlike the double hashing of Schnell et al. (2009) leaves no linear structure for the attack of Niedermeyer,
 * Steinmetzer, Kroll and Schnell (2014, "Cryptanalysis of basic Bloom filters used for privacy preserving record
 * linkage", J Priv Confid 6(2)). The hub never holds the secret, so it cannot hash candidate names itself.
 *
 * <p><b>Hardening: XOR-folding</b> (Schnell and Borgs 2016, "XOR-folding for Bloom encryptions for
 * privacy-preserving record linkage", ICDMW). Each filter is built at twice its length and its two halves are
 * XOR-ed: a set bit no longer belongs to one bigram, which breaks the frequent-pattern mining that maps bit
 * patterns back to bigrams, while Dice similarities keep their usual scale (unlike balancing, which compresses
 * it and doubles the length) and a typo in the salt field cannot break a match (unlike salting by year of
 * birth). Folding also halves the filter, which doubles comparison speed.
 *
 * <p>The CLK (Schnell, Bachteler and Reiher 2011, "A novel error-tolerant anonymous linking code", German
 * Record Linkage Center WP-GRLC-2011-02) hashes every field's elements into one 1024-bit filter; it serves
 * blocking by locality-sensitive hashing. Instances are thread-safe.
 */
public final class RecordEncoder {

    /** Bits of a field filter after folding. */
    public static final int FIELD_BITS = 256;
    /** Bits of the CLK after folding. */
    public static final int CLK_BITS = 1024;
    /** The shortest secret accepted, in bytes (the HMAC-SHA256 block strength). */
    public static final int MIN_SECRET_BYTES = 32;

    private static final int FIELD_HASHES = 8;
    private static final int CLK_HASHES = 4;

    private final List<String> fieldNames;
    private final List<FieldKind> kinds;
    private final byte[][] fieldKeys;
    private final ThreadLocal<Mac[]> macs;

    /**
     * @param secret     the secret the organisations share; at least {@value #MIN_SECRET_BYTES} bytes
     * @param fieldNames field names, which every organisation must spell alike (they key the hashes)
     * @param kinds      the kind of each field
     * @throws IllegalArgumentException when the secret is too short (the message never contains it)
     */
    public RecordEncoder(byte[] secret, List<String> fieldNames, List<FieldKind> kinds) {
        if (secret == null || secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the secret must be at least " + MIN_SECRET_BYTES + " bytes");
        }
        if (fieldNames.size() != kinds.size() || fieldNames.isEmpty()) {
            throw new IllegalArgumentException("need one kind per field and at least one field");
        }
        this.fieldNames = List.copyOf(fieldNames);
        this.kinds = List.copyOf(kinds);
        this.fieldKeys = new byte[fieldNames.size()][];
        Mac root = mac(secret);
        for (int f = 0; f < fieldKeys.length; f++) {
            fieldKeys[f] = root.doFinal(("cthub-linkage/v1/field/" + fieldNames.get(f))
                    .getBytes(StandardCharsets.UTF_8));
        }
        this.macs = ThreadLocal.withInitial(() -> {
            Mac[] perField = new Mac[fieldKeys.length];
            for (int f = 0; f < perField.length; f++) {
                perField[f] = mac(fieldKeys[f]);
            }
            return perField;
        });
    }

    /**
     * @param id     the record id
     * @param record the record's normal forms, fields in the encoder's order
     * @return the encoded record, source empty
     */
    public EncodedRecord encode(String id, NormalisedRecord record) {
        int n = fieldNames.size();
        long[] clk = new long[2 * CLK_BITS / 64];
        long[][] fields = new long[n][];
        Mac[] perField = macs.get();
        for (int f = 0; f < n; f++) {
            long[] field = new long[2 * FIELD_BITS / 64];
            Set<String> elements = Elements.of(record, f, kinds.get(f));
            for (String element : elements) {
                byte[] h = perField[f].doFinal(element.getBytes(StandardCharsets.UTF_8));
                for (int k = 0; k < FIELD_HASHES; k++) {
                    set(field, position(h, k) % (2 * FIELD_BITS));
                }
                for (int k = 0; k < CLK_HASHES; k++) {
                    set(clk, position(h, FIELD_HASHES + k) % (2 * CLK_BITS));
                }
            }
            fields[f] = fold(field);
        }
        return new EncodedRecord(id, "", fields, fold(clk));
    }

    /** @return the field names, in order */
    public List<String> fieldNames() {
        return fieldNames;
    }

    /** XOR of the two halves (Schnell and Borgs 2016). */
    static long[] fold(long[] filter) {
        int half = filter.length / 2;
        long[] out = new long[half];
        for (int w = 0; w < half; w++) {
            out[w] = filter[w] ^ filter[w + half];
        }
        return out;
    }

    private static int position(byte[] hash, int k) {
        return ((hash[2 * k] & 0xff) << 8) | (hash[2 * k + 1] & 0xff);
    }

    private static void set(long[] filter, int bit) {
        filter[bit >>> 6] |= 1L << (bit & 63);
    }

    private static Mac mac(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
        }
    }
}
