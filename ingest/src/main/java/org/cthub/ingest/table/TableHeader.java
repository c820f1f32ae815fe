package org.cthub.ingest.table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The columns of a table: their names (the keys of {@link SourceRow#cells()}) and, for an HXL table, their
 * hashtags.
 *
 * @param names the column names in order, trimmed, distinct when compared ignoring case and spacing; a
 *     column whose header cell is blank is named by its position, such as {@code (column D)}
 * @param hxlTags for an HXL table, each column's hashtag as written (such as {@code #affected+f}), or
 *     {@code ""} for an untagged column; an empty list when the table has no hashtag row
 */
public record TableHeader(List<String> names, List<String> hxlTags) {

    /**
     * @throws IllegalArgumentException when two names are the same ignoring case and spacing, or when there
     *     are tags but not one per column
     */
    public TableHeader {
        names = List.copyOf(names);
        hxlTags = List.copyOf(hxlTags);
        if (!hxlTags.isEmpty() && hxlTags.size() != names.size()) {
            throw new IllegalArgumentException("an HXL table needs one tag (or \"\") per column");
        }
        Set<String> keys = new HashSet<>();
        for (String name : names) {
            if (!keys.add(ColumnNames.key(name))) {
                throw new IllegalArgumentException("two columns are named '" + name + "'");
            }
        }
    }

    /**
     * Whether a text is an HXL hashtag with optional attributes, such as {@code #affected+f+adults}: what a
     * mapping may name a column by in an HXL table.
     */
    public static boolean isHxlTag(String text) {
        return text != null && HxlTag.isTag(text);
    }

    /** The number of columns. */
    public int size() {
        return names.size();
    }

    /** Whether the table has an HXL hashtag row. */
    public boolean isHxl() {
        return !hxlTags.isEmpty();
    }

    /**
     * The column with this name, compared ignoring case and runs of white space ({@code "nº de caso"} finds
     * {@code "Nº de Caso"}).
     *
     * @return the column's name as in {@link #names()}, or empty
     */
    public Optional<String> find(String name) {
        String key = ColumnNames.key(Objects.requireNonNull(name, "name"));
        return names.stream().filter(column -> ColumnNames.key(column).equals(key)).findFirst();
    }

    /**
     * The columns an HXL tag pattern selects: those with exactly its attributes if any, otherwise those whose
     * tag has the same hashtag and at least its attributes ({@code #affected} selects {@code #affected+f}).
     *
     * @param pattern a hashtag with optional attributes, such as {@code #affected+f}
     * @return the selected column names, in order; empty when none, or when the text is not a hashtag
     */
    public List<String> withTag(String pattern) {
        Optional<HxlTag> wanted = HxlTag.parse(Objects.requireNonNull(pattern, "pattern"));
        if (wanted.isEmpty() || hxlTags.isEmpty()) {
            return List.of();
        }
        List<String> exact = new ArrayList<>();
        List<String> wider = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Optional<HxlTag> tag = HxlTag.parse(hxlTags.get(i));
            if (tag.isPresent() && tag.get().matches(wanted.get())) {
                (tag.get().equals(wanted.get()) ? exact : wider).add(names.get(i));
            }
        }
        return exact.isEmpty() ? List.copyOf(wider) : List.copyOf(exact);
    }
}
