package org.cthub.privacy.anonymity;

/**
 * ARX's "Loss" quality model (class {@code MetricMDNMLoss} with its defaults: generalisation and suppression
 * weighted equally, geometric-mean aggregation), a variant of Iyengar's generalised information loss
 * (Iyengar 2002, "Transforming data to satisfy privacy constraints", KDD).
 *
 * <p>For quasi-identifier j with a domain of {@code D_j} values (rows of its hierarchy) and n records, a record
 * whose released value covers {@code c} domain values contributes the share {@code c / D_j}; a suppressed record
 * contributes 1. With {@code S_j} the sum of the covered counts over all records,
 * <pre>  L_j = (S_j / D_j - n / D_j) / (n - n / D_j) = (S_j - n) / (n (D_j - 1))</pre>
 * (ARX normalises by the minimum {@code n / D_j}, reached when nothing is generalised, and the maximum n), and
 * <pre>  Loss = (prod_j (1 + L_j))^(1/d) - 1</pre>
 * (ARX's {@code ILMultiDimensionalGeometricMean}, with all attribute weights equal). A dimension with a single
 * domain value has {@code L_j = 0}. Ordering nodes by Loss is ordering them by {@code prod_j (S_j + n (D_j - 2))},
 * which {@link LossKey} compares exactly.
 *
 * <p>Counting every record as unsuppressed gives {@code S_j} of the node without suppression, a lower bound of
 * its Loss that is monotone in the lattice and costs no grouping: the bound used for pruning.
 */
final class LossMetric {

    private final EncodedTable table;

    LossMetric(EncodedTable table) {
        this.table = table;
    }

    LossKey key(long[] leafCountSums) {
        int d = table.dimensions;
        int informative = 0;
        for (int j = 0; j < d; j++) {
            informative += table.domainSizes[j] > 1 ? 1 : 0;
        }
        long[] factors = new long[informative];
        for (int j = 0, f = 0; j < d; j++) {
            if (table.domainSizes[j] > 1) {
                factors[f++] = leafCountSums[j] + (long) table.rows * (table.domainSizes[j] - 2);
            }
        }
        return new LossKey(factors);
    }

    /** The lower bound of a node: its key when no record is suppressed. */
    LossKey lowerBound(int[] levels) {
        return key(unsuppressedSums(levels));
    }

    long[] unsuppressedSums(int[] levels) {
        long[] sums = new long[table.dimensions];
        for (int j = 0; j < sums.length; j++) {
            sums[j] = table.leafCountSums[j][levels[j]];
        }
        return sums;
    }

    /** Per-dimension loss {@code L_j}. */
    double[] perDimension(long[] leafCountSums) {
        double[] loss = new double[table.dimensions];
        double n = table.rows;
        for (int j = 0; j < loss.length; j++) {
            int domain = table.domainSizes[j];
            loss[j] = domain <= 1 ? 0 : Math.max(0, (leafCountSums[j] - n) / (n * (domain - 1)));
        }
        return loss;
    }

    /** The Loss value, in [0, 1]. */
    double value(long[] leafCountSums) {
        double[] loss = perDimension(leafCountSums);
        double product = 1;
        for (double l : loss) {
            product *= Math.pow(1 + l, 1.0 / loss.length);
        }
        return product - 1;
    }
}
