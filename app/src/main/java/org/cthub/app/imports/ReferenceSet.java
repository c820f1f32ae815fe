package org.cthub.app.imports;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The case references seen so far in one file, kept as 64-bit hashes in an open-addressing table kept at
 * most half full: 16 to 32 bytes a row, so a million-row file costs 16 to 32 MB rather than the references
 * themselves. The hash is keyed with a random seed per file, so a contributor cannot craft two references
 * that collide; two different references share a hash with probability about n²/2⁶⁵ (3·10⁻⁸ for a million
 * rows).
 */
final class ReferenceSet {

    private static final long EMPTY = 0L;

    private final long seed = new java.security.SecureRandom().nextLong();
    private long[] slots = new long[1 << 12];
    private int size;

    /** Adds a reference; false when it was seen before. */
    boolean add(String reference) {
        long hash = hash(reference);
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        boolean added = insert(slots, hash);
        if (added) {
            size++;
        }
        return added;
    }

    private static boolean insert(long[] table, long hash) {
        int mask = table.length - 1;
        int at = (int) (hash ^ (hash >>> 32)) & mask;
        while (table[at] != EMPTY) {
            if (table[at] == hash) {
                return false;
            }
            at = (at + 1) & mask;
        }
        table[at] = hash;
        return true;
    }

    private void grow() {
        long[] old = slots;
        long[] grown = new long[old.length * 2];
        Arrays.stream(old).filter(hash -> hash != EMPTY).forEach(hash -> insert(grown, hash));
        slots = grown;
    }

    /** FNV-1a over UTF-8 from a secret seed, finished with a murmur mix; never 0, which marks an empty slot. */
    private long hash(String reference) {
        long hash = 0xcbf29ce484222325L ^ seed;
        for (byte b : reference.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        return hash == EMPTY ? 1 : hash;
    }
}
