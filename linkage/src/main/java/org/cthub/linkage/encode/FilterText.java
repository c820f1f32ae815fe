package org.cthub.linkage.encode;

import java.nio.ByteBuffer;
import java.util.Base64;

/** A filter as base64 text (big-endian longs), for writing encodings to a file. */
public final class FilterText {

    private FilterText() {
    }

    /** @return the filter as base64 */
    public static String format(long[] filter) {
        ByteBuffer bytes = ByteBuffer.allocate(filter.length * Long.BYTES);
        bytes.asLongBuffer().put(filter);
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    /**
     * @param text base64 of a whole number of longs
     * @return the filter
     * @throws IllegalArgumentException when the text is not such base64
     */
    public static long[] parse(String text) {
        byte[] bytes = Base64.getDecoder().decode(text.strip());
        if (bytes.length % Long.BYTES != 0) {
            throw new IllegalArgumentException("filter length is not a multiple of 64 bits");
        }
        long[] filter = new long[bytes.length / Long.BYTES];
        ByteBuffer.wrap(bytes).asLongBuffer().get(filter);
        return filter;
    }
}
