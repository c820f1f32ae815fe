package org.cthub.linkage.normalise;

import java.util.List;

/**
 * One record's fields in comparable form. Arrays are indexed by field and must not be modified.
 *
 * @param text      normal form of each field ({@link TextNormaliser}); empty when missing
 * @param skeleton  consonant skeleton of name fields, empty otherwise
 * @param dates     components of date fields, {@link DateParts#UNKNOWN} otherwise
 */
public record NormalisedRecord(String[] text, String[] skeleton, DateParts[] dates) {

    /**
     * Normalises raw values field by field.
     *
     * @param values raw values, one per kind, {@code null} or blank when missing
     * @param kinds  the kind of each field
     * @return the normal forms
     * @throws IllegalArgumentException when the two lists differ in length
     */
    public static NormalisedRecord of(List<String> values, List<FieldKind> kinds) {
        if (values.size() != kinds.size()) {
            throw new IllegalArgumentException("expected " + kinds.size() + " values, got " + values.size());
        }
        int n = kinds.size();
        String[] text = new String[n];
        String[] skeleton = new String[n];
        DateParts[] dates = new DateParts[n];
        for (int f = 0; f < n; f++) {
            String value = values.get(f);
            FieldKind kind = kinds.get(f);
            dates[f] = kind == FieldKind.DATE ? DateParts.parse(value) : DateParts.UNKNOWN;
            text[f] = switch (kind) {
                case NAME -> TextNormaliser.name(value);
                case DATE -> dates[f].isUnknown() ? "" : dates[f].compact();
                case PLACE -> TextNormaliser.text(value);
                case CODE -> TextNormaliser.text(value).replace(" ", "");
            };
            skeleton[f] = kind == FieldKind.NAME ? ConsonantSkeleton.of(text[f]) : "";
        }
        return new NormalisedRecord(text, skeleton, dates);
    }

    /** @return whether field {@code f} has no value */
    public boolean missing(int f) {
        return text[f].isEmpty();
    }
}
