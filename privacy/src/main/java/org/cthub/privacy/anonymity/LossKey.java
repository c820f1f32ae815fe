package org.cthub.privacy.anonymity;

import java.math.BigInteger;

/**
 * An exactly comparable representation of ARX's Loss: the product of the per-dimension factors
 * {@code S_j + n(D_j - 2)}, which orders nodes as the geometric mean of {@code 1 + L_j} does (see
 * {@link LossMetric}). Compared through the sum of logarithms, and exactly with {@link BigInteger} when the
 * logarithms are too close to tell, so that ties are real ties and are broken the documented way. Confined to
 * the searching thread (the product is cached lazily).
 */
final class LossKey implements Comparable<LossKey> {

    private static final double CLOSE = 1e-9;

    private final long[] factors;
    private final double logarithm;
    private BigInteger product;

    LossKey(long[] factors) {
        this.factors = factors;
        double sum = 0;
        for (long factor : factors) {
            sum += Math.log(factor);
        }
        this.logarithm = sum;
    }

    @Override
    public int compareTo(LossKey other) {
        double difference = logarithm - other.logarithm;
        if (Math.abs(difference) > CLOSE) {
            return difference < 0 ? -1 : 1;
        }
        return product().compareTo(other.product());
    }

    private BigInteger product() {
        BigInteger result = product;
        if (result == null) {
            result = BigInteger.ONE;
            for (long factor : factors) {
                result = result.multiply(BigInteger.valueOf(factor));
            }
            product = result;
        }
        return result;
    }
}
