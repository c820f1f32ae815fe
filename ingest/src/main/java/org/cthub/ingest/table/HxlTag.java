package org.cthub.ingest.table;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * An HXL hashtag with its attributes, such as {@code #affected+f+children}. Case and the order of attributes
 * do not matter. See the HXL standard 1.1, "Hashtags and attributes" (hxlstandard.org/standard/1-1final).
 *
 * @param hashtag the hashtag without {@code #}, lower case
 * @param attributes the attributes without {@code +}, lower case
 */
record HxlTag(String hashtag, Set<String> attributes) {

    private static final Pattern SYNTAX =
            Pattern.compile("#[A-Za-z][A-Za-z0-9_]*(\\s*\\+\\s*[A-Za-z][A-Za-z0-9_]*)*");

    HxlTag {
        attributes = Set.copyOf(attributes);
    }

    /** The tag written in a cell, or empty when the text is not a hashtag with attributes. */
    static Optional<HxlTag> parse(String text) {
        String trimmed = text.strip();
        if (!SYNTAX.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        String[] parts = trimmed.substring(1).replaceAll("\\s+", "").toLowerCase(Locale.ROOT).split("\\+");
        return Optional.of(new HxlTag(parts[0], new TreeSet<>(Arrays.asList(parts).subList(1, parts.length))));
    }

    /** Whether the text is a valid hashtag, such as {@code #country+code}. */
    static boolean isTag(String text) {
        return parse(text).isPresent();
    }

    /** Whether a column tagged with this tag is selected by {@code pattern}: same hashtag, all its attributes. */
    boolean matches(HxlTag pattern) {
        return hashtag.equals(pattern.hashtag) && attributes.containsAll(pattern.attributes);
    }
}
