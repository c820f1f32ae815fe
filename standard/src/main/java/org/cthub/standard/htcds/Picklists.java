package org.cthub.standard.htcds;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.cthub.standard.Picklist;

/** Reading picklist values from what people write, and operations shared by the model's records. */
public final class Picklists {

    private Picklists() {
    }

    /**
     * The value of a picklist for its value name or its label in English, Spanish or French, compared without
     * regard to case, accents, spacing and punctuation; empty when nothing matches or the text is null or blank.
     *
     * @throws NullPointerException if {@code picklist} is null
     */
    public static <E extends Enum<E> & Picklist> Optional<E> parse(Class<E> picklist, String text) {
        Objects.requireNonNull(picklist, "picklist");
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return PicklistIndex.of(picklist).find(text);
    }

    /**
     * The values of a multi-select cell such as {@code "Forced labour; Explotación sexual"}. Parts are split on
     * {@code separator} and read as by {@link #parse}; blank parts are skipped. A part that matches nothing is
     * joined with the parts after it, because some labels contain the separator ("Water supply; sewerage, waste
     * management and remediation"): the shortest join that matches wins. Parts that still match nothing are
     * returned as unmatched.
     *
     * @throws NullPointerException if {@code picklist} or {@code separator} is null
     * @throws IllegalArgumentException if {@code separator} is empty
     */
    public static <E extends Enum<E> & Picklist> ParsedValues<E> parseAll(Class<E> picklist, String text,
                                                                          String separator) {
        Objects.requireNonNull(picklist, "picklist");
        Objects.requireNonNull(separator, "separator");
        if (separator.isEmpty()) {
            throw new IllegalArgumentException("The separator of a multi-select cannot be empty");
        }
        if (text == null || text.isBlank()) {
            return new ParsedValues<E>(Set.of(), List.of());
        }
        PicklistIndex<E> index = PicklistIndex.of(picklist);
        List<String> parts = List.of(text.split(Pattern.quote(separator), -1));
        Set<E> values = EnumSet.noneOf(picklist);
        List<String> unmatched = new ArrayList<>();
        int start = 0;
        while (start < parts.size()) {
            if (parts.get(start).isBlank()) {
                start++;
                continue;
            }
            int end = start + 1;
            Optional<E> value = Optional.empty();
            for (; end <= parts.size(); end++) {
                value = index.find(String.join(separator, parts.subList(start, end)));
                if (value.isPresent()) {
                    break;
                }
            }
            if (value.isPresent()) {
                values.add(value.get());
                start = end;
            } else {
                unmatched.add(parts.get(start).strip());
                start++;
            }
        }
        return new ParsedValues<>(values, unmatched);
    }

    /** An unmodifiable copy that keeps enum order, or an empty set for null. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static <E extends Enum<E>> Set<E> copy(Set<E> values) {
        if (values == null || values.isEmpty()) {
            return Set.of();
        }
        Set<E> copy = EnumSet.copyOf((Set) values);
        return Collections.unmodifiableSet(copy);
    }
}
