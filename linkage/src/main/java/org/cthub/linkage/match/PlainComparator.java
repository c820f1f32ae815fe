package org.cthub.linkage.match;

import java.util.List;
import org.cthub.linkage.normalise.DateParts;
import org.cthub.linkage.normalise.FieldKind;
import org.cthub.linkage.normalise.NormalisedRecord;

/**
 * Comparison levels on plain normal forms, after Splink's defaults. Names and places: exact, Jaro-Winkler
 * ≥ 0.92 (or, for names, the same consonant skeleton), Jaro-Winkler ≥ 0.80, other. Codes: exact, one edit,
 * two edits, other. Dates: exact, one edit or day and month swapped, two of three parts equal, other.
 */
public final class PlainComparator implements PairComparator {

    private final List<NormalisedRecord> records;
    private final List<FieldKind> kinds;

    /**
     * @param records the records, indexed as in the candidate pairs
     * @param kinds   the kind of each field, at most {@value #MAX_FIELDS}
     */
    public PlainComparator(List<NormalisedRecord> records, List<FieldKind> kinds) {
        if (kinds.size() > MAX_FIELDS) {
            throw new IllegalArgumentException("at most " + MAX_FIELDS + " fields");
        }
        this.records = records;
        this.kinds = List.copyOf(kinds);
    }

    @Override
    public int fields() {
        return kinds.size();
    }

    @Override
    public int levels(int f) {
        return 4;
    }

    @Override
    public String label(int f, int level) {
        return switch (kinds.get(f)) {
            case NAME -> List.of("exact", "jaro-winkler >= 0.92 or same skeleton", "jaro-winkler >= 0.80", "other")
                    .get(level);
            case PLACE -> List.of("exact", "jaro-winkler >= 0.92", "jaro-winkler >= 0.80", "other").get(level);
            case CODE -> List.of("exact", "one edit", "two edits", "other").get(level);
            case DATE -> List.of("exact", "one edit or day-month swapped", "two of three parts", "other").get(level);
        };
    }

    @Override
    public long pattern(int i, int j) {
        NormalisedRecord a = records.get(i);
        NormalisedRecord b = records.get(j);
        long pattern = 0;
        for (int f = 0; f < kinds.size(); f++) {
            pattern |= (long) level(a, b, f) << (4 * f);
        }
        return pattern;
    }

    private int level(NormalisedRecord a, NormalisedRecord b, int f) {
        if (a.missing(f) || b.missing(f)) {
            return MISSING;
        }
        String x = a.text()[f];
        String y = b.text()[f];
        if (x.equals(y)) {
            return 0;
        }
        return switch (kinds.get(f)) {
            case NAME, PLACE -> {
                double jw = JaroWinkler.similarity(x, y);
                boolean skeleton = kinds.get(f) == FieldKind.NAME && !a.skeleton()[f].isEmpty()
                        && a.skeleton()[f].equals(b.skeleton()[f]);
                yield jw >= 0.92 || skeleton ? 1 : jw >= 0.80 ? 2 : 3;
            }
            case CODE -> {
                int d = EditDistance.of(x, y);
                yield d <= 1 ? 1 : d == 2 ? 2 : 3;
            }
            case DATE -> dateLevel(a.dates()[f], b.dates()[f], x, y);
        };
    }

    private static int dateLevel(DateParts a, DateParts b, String x, String y) {
        boolean swapped = a.year() == b.year() && a.day() == b.month() && a.month() == b.day();
        if (swapped || EditDistance.of(x, y) <= 1) {
            return 1;
        }
        int same = (a.year() == b.year() ? 1 : 0) + (a.month() == b.month() ? 1 : 0) + (a.day() == b.day() ? 1 : 0);
        return same >= 2 ? 2 : 3;
    }
}
