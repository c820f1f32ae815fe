package org.cthub.linkage.match;

/**
 * Compares two records field by field and gives each field an agreement level: 0 is the strongest
 * agreement, higher levels weaker, {@link #MISSING} when either value is missing (such a field is left out of
 * the Fellegi-Sunter product, as in Splink). The levels of all fields pack into one long, four bits a field.
 */
public sealed interface PairComparator permits PlainComparator, EncodedComparator {

    /** The level of a field that is missing on either side. */
    int MISSING = 15;

    /** The most fields a comparison vector can hold. */
    int MAX_FIELDS = 16;

    /** @return the number of fields */
    int fields();

    /** @return the number of levels of field {@code f}, excluding {@link #MISSING} */
    int levels(int f);

    /** @return a short description of level {@code level} of field {@code f}, such as "jaro-winkler >= 0.92" */
    String label(int f, int level);

    /** @return the comparison vector of records {@code i} and {@code j}, packed */
    long pattern(int i, int j);

    /** @return level of field {@code f} in a packed comparison vector */
    static int level(long pattern, int f) {
        return (int) (pattern >>> (4 * f)) & 15;
    }
}
