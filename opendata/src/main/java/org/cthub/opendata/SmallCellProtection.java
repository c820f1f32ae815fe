package org.cthub.opendata;

/**
 * Small-cell protection of every published count, by threshold and the cell key method.
 *
 * <p>A true count under the threshold {@code k} (zero included) is published as "fewer than k". Every other count
 * {@code n} is published as {@code max(k, n + d)}, where the perturbation {@code d} follows the two-sided
 * geometric distribution {@code P(d) ∝ exp(-ε|d|)} and is drawn deterministically from the cell's key: the sum
 * modulo 2^32 of the secret keys of the records in the cell. So the same set of records always gets the same
 * perturbation, however the query that isolates it is phrased (a group in one answer, a filtered total in
 * another, a repeat tomorrow), and repeating or rephrasing a query cannot average the noise away. A count derived
 * by differencing two published counts carries the difference of two independent perturbations; the noise has
 * no bound, so no observed difference ever rules out any small value.
 *
 * <p>The cell key method is the Australian Bureau of Statistics' for TableBuilder: Fraser and Wooton, "A proposed
 * method for confidentialising tabular output to protect against differencing" (UNECE work session on
 * statistical data confidentiality, 2005); Thompson, Broadfoot and Elazar, "Methodology for the automatic
 * confidentialisation of statistical outputs from remote servers at the Australian Bureau of Statistics" (2013).
 * The two-sided geometric noise is Ghosh, Roughgarden and Sundararajan's geometric mechanism ("Universally
 * utility-maximizing privacy mechanisms", STOC 2009), ε-differentially private for one count. Limits are in
 * docs/opendata.md.
 *
 * @param threshold k: counts under it are never shown; at least 1
 * @param epsilon   ε of each cell's noise: the smaller, the noisier; in (0, 5]
 */
public record SmallCellProtection(int threshold, double epsilon) {

    /** CT Hub's default noise: ε = 0.5 per cell, a mean absolute perturbation of about 1.9. */
    public static final double DEFAULT_EPSILON = 0.5;

    public SmallCellProtection {
        if (threshold < 1) {
            throw new IllegalArgumentException("The threshold is at least 1");
        }
        if (!(epsilon > 0 && epsilon <= 5)) {
            throw new IllegalArgumentException("ε is in (0, 5]: without noise, differences of published counts "
                    + "recover small cells");
        }
    }

    /** The protection of a release published with threshold k, at the default noise. */
    public static SmallCellProtection forThreshold(int threshold) {
        return new SmallCellProtection(threshold, DEFAULT_EPSILON);
    }

    /** The published form of a true count whose cell has the given key. */
    public ProtectedCount protect(long count, int cellKey) {
        if (count < 0) {
            throw new IllegalArgumentException("A count is not negative");
        }
        if (count < threshold) {
            return new ProtectedCount.FewerThan(threshold);
        }
        return new ProtectedCount.Shown(Math.max(threshold, count + perturbation(cellKey)));
    }

    /**
     * The perturbation of a cell: the difference of two geometric variables with success probability 1 - e^-ε,
     * each drawn by inversion from 32 bits of SplitMix64's finaliser of the key. StrictMath keeps it the same on
     * every JVM, so a restart does not give a second, independent draw.
     */
    int perturbation(int cellKey) {
        long bits = RecordKeys.mix(cellKey & 0xFFFFFFFFL ^ 0x5DEECE66DL);
        return geometric(bits >>> 32) - geometric(bits & 0xFFFFFFFFL);
    }

    private int geometric(long uniform32) {
        double u = (uniform32 + 0.5) / 4294967296.0;
        return (int) Math.floor(StrictMath.log(u) / -epsilon);
    }
}
