package org.cthub.ingest.mapping;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A column's translation of source values into the standard's, looked up ignoring case, accents and runs of
 * white space: {@code "si"}, {@code "SÍ"} and {@code "Sí "} all find the entry {@code Sí}. A value mapped to
 * {@code ""} means "no value" (a "No" in a checkbox column that feeds a multi-select).
 */
final class ValueMap {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Map<String, String> byKey;
    private final List<String> sourceValues;

    /** @param entries source value to standard value, already checked by {@link #conflict} */
    ValueMap(Map<String, String> entries) {
        this.byKey = new LinkedHashMap<>();
        entries.forEach((source, target) -> byKey.put(key(source), target));
        this.sourceValues = List.copyOf(entries.keySet());
    }

    /** The standard value for a source value, or empty when the map does not list it. */
    Optional<String> lookup(String sourceValue) {
        return Optional.ofNullable(byKey.get(key(sourceValue)));
    }

    /** The source values as the spec writes them, for messages. */
    List<String> sourceValues() {
        return sourceValues;
    }

    /**
     * The earlier source value that an entry collides with (same key, different target), or empty. Two
     * spellings of the same value mapped alike ({@code Sí} and {@code Si} to {@code true}) do not collide.
     */
    static Optional<String> conflict(Map<String, String> earlier, String source, String target) {
        return earlier.entrySet().stream()
                .filter(entry -> key(entry.getKey()).equals(key(source)) && !entry.getValue().equals(target))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    static String key(String value) {
        String decomposed = Normalizer.normalize(value.strip(), Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(bare).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
