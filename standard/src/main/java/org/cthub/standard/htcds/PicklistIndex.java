package org.cthub.standard.htcds;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.cthub.standard.LabelLanguage;
import org.cthub.standard.Picklist;

/**
 * Every spelling of every value of one picklist, by {@link MatchKey}: the value name and the labels in each
 * {@link LabelLanguage}. Built once per enum and shared: {@link ClassValue} makes that lazy, thread-safe and
 * unloadable with the enum.
 *
 * <p>A label with a bracketed part ("Casado(a)", "Forced military (by non-state actors)") is also known without
 * it, unless that shorter form belongs to another value. Two values with the same value name or label would make
 * a cell ambiguous: that is a mistake in the labels, reported when the index is built.
 */
final class PicklistIndex<E extends Enum<E> & Picklist> {

    private static final Pattern BRACKETED = Pattern.compile("\\s*\\([^)]*\\)");

    private static final ClassValue<PicklistIndex<?>> INDEXES = new ClassValue<>() {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        protected PicklistIndex<?> computeValue(Class<?> picklist) {
            return new PicklistIndex(picklist);
        }
    };

    /** Cells repeat the same few spellings row after row; bounded so that hostile text cannot grow it. */
    private static final int REMEMBERED_SPELLINGS = 2048;

    private final Map<String, E> byKey;
    private final Map<String, Optional<E>> bySpelling = new java.util.concurrent.ConcurrentHashMap<>();

    private PicklistIndex(Class<E> picklist) {
        Map<String, E> keys = new HashMap<>();
        Map<String, E> shortForms = new HashMap<>();
        Set<String> ambiguousShortForms = new HashSet<>();
        for (E value : picklist.getEnumConstants()) {
            add(keys, MatchKey.of(value.valueName()), value, picklist);
            for (LabelLanguage language : LabelLanguage.values()) {
                String label = value.label(language);
                add(keys, MatchKey.of(label), value, picklist);
                String shortKey = MatchKey.of(BRACKETED.matcher(label).replaceAll(""));
                E previous = shortForms.putIfAbsent(shortKey, value);
                if (previous != null && previous != value) {
                    ambiguousShortForms.add(shortKey);
                }
            }
        }
        shortForms.forEach((key, value) -> {
            if (!key.isEmpty() && !ambiguousShortForms.contains(key)) {
                keys.putIfAbsent(key, value);
            }
        });
        this.byKey = Map.copyOf(keys);
    }

    @SuppressWarnings("unchecked")
    static <E extends Enum<E> & Picklist> PicklistIndex<E> of(Class<E> picklist) {
        return (PicklistIndex<E>) INDEXES.get(picklist);
    }

    Optional<E> find(String text) {
        Optional<E> known = bySpelling.get(text);
        if (known != null) {
            return known;
        }
        Optional<E> found = Optional.ofNullable(byKey.get(MatchKey.of(text)));
        if (bySpelling.size() < REMEMBERED_SPELLINGS) {
            bySpelling.put(text, found);
        }
        return found;
    }

    private static <E extends Enum<E>> void add(Map<String, E> keys, String key, E value, Class<E> picklist) {
        if (key.isEmpty()) {
            throw new IllegalStateException(picklist.getSimpleName() + "." + value.name() + " has a blank label");
        }
        E previous = keys.putIfAbsent(key, value);
        if (previous != null && previous != value) {
            throw new IllegalStateException("Cannot index picklist " + picklist.getSimpleName() + ": '" + key
                    + "' names both " + previous.name() + " and " + value.name());
        }
    }
}
