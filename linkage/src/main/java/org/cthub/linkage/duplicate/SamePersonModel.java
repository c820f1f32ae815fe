package org.cthub.linkage.duplicate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cthub.linkage.match.EditDistance;
import org.cthub.linkage.match.FellegiSunterModel;
import org.cthub.linkage.match.JaroWinkler;
import org.cthub.linkage.match.PairComparator;

/**
 * Fellegi-Sunter match probability that a new registration and a case of the same organisation are one person,
 * with fixed parameters (the check compares one person with a handful of candidates, too few for EM).
 *
 * <p>Fields and levels: <b>name</b> (all parts, transliterated and token-sorted) exact; Jaro-Winkler ≥ 0.92 or
 * the same consonant skeleton; Jaro-Winkler ≥ 0.80; other. <b>birth date</b> exact; one edit or day and month
 * swapped; two of three parts; other. <b>gender</b> and <b>citizenship</b> same or other. A missing value is a
 * Bayes factor of 1 (Splink's convention).
 *
 * <p>The parameters are set, not fitted (documented in docs/linkage.md). m: about three in four re-registrations
 * keep the name exactly, one in six has a typo or another spelling, one in a hundred loses it altogether (the
 * error rates of FEBRL-style corruption). u is the chance that two different people agree: dates from
 * 365 days × 40 birth years (exact 1/14,600; two of three parts 0.0056); for citizenship the share of an
 * organisation's largest nationality, high because victims of one organisation often share it. λ = 0.0005 is the
 * prior that a candidate of a block is the same person, so that an exact name alone gives about 0.8, and the
 * same birth date, gender and citizenship with a different name stays below the warning threshold.
 */
public final class SamePersonModel {

    /** The probability at or above which a caseworker is warned. */
    public static final double WARNING_THRESHOLD = 0.5;

    /** The fields, in the order of {@link Comparison#levels()}. */
    public static final List<String> FIELDS = List.of("name", "birth_date", "gender", "citizenship");

    static final FellegiSunterModel MODEL = new FellegiSunterModel(0.0005,
            new double[][] {{0.75, 0.17, 0.07, 0.01}, {0.80, 0.12, 0.05, 0.03}, {0.98, 0.02}, {0.95, 0.05}},
            new double[][] {{0.0005, 0.002, 0.03, 0.9675}, {0.00007, 0.0005, 0.0056, 0.99383}, {0.5, 0.5},
                {0.3, 0.7}});

    private SamePersonModel() {
    }

    /**
     * The comparison of two people.
     *
     * @param probability the match probability
     * @param levels      the level of each of {@link #FIELDS}: 0 is the strongest agreement;
     *                    {@link PairComparator#MISSING} when either side lacks the value
     */
    public record Comparison(double probability, List<Integer> levels) {

        /** @return the fields that agree exactly or nearly (level 0 or 1) */
        public List<String> agreeing() {
            List<String> out = new ArrayList<>();
            for (int f = 0; f < levels.size(); f++) {
                int level = levels.get(f);
                if (level == 0 || (level == 1 && f < 2)) {
                    out.add(FIELDS.get(f));
                }
            }
            return out;
        }
    }

    /** Compares two people. */
    public static Comparison compare(PersonDetails a, PersonDetails b) {
        int[] levels = {nameLevel(a, b), dateLevel(a.birthDate(), b.birthDate()), codeLevel(a.gender(), b.gender()),
            codeLevel(a.citizenship(), b.citizenship())};
        long pattern = 0;
        List<Integer> list = new ArrayList<>();
        for (int f = 0; f < levels.length; f++) {
            pattern |= (long) levels[f] << (4 * f);
            list.add(levels[f]);
        }
        return new Comparison(MODEL.probability(pattern), List.copyOf(list));
    }

    static int nameLevel(PersonDetails a, PersonDetails b) {
        if (!a.hasName() || !b.hasName()) {
            return PairComparator.MISSING;
        }
        if (a.name().equals(b.name())) {
            return 0;
        }
        double jw = JaroWinkler.similarity(a.name(), b.name());
        if (jw >= 0.92 || a.skeleton().equals(b.skeleton())) {
            return 1;
        }
        return jw >= 0.80 ? 2 : 3;
    }

    static int dateLevel(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return PairComparator.MISSING;
        }
        if (a.equals(b)) {
            return 0;
        }
        boolean swapped = a.getYear() == b.getYear() && a.getDayOfMonth() == b.getMonthValue()
                && a.getMonthValue() == b.getDayOfMonth();
        if (swapped || EditDistance.of(a.toString(), b.toString()) <= 1) {
            return 1;
        }
        int same = (a.getYear() == b.getYear() ? 1 : 0) + (a.getMonthValue() == b.getMonthValue() ? 1 : 0)
                + (a.getDayOfMonth() == b.getDayOfMonth() ? 1 : 0);
        return same >= 2 ? 2 : 3;
    }

    private static int codeLevel(String a, String b) {
        if (a == null || b == null) {
            return PairComparator.MISSING;
        }
        return a.equals(b) ? 0 : 1;
    }
}
