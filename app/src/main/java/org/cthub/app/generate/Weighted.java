package org.cthub.app.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A discrete distribution over values, sampled by inverse CDF. Immutable. */
final class Weighted<T> {

    private final List<T> values;
    private final double[] cumulative;

    private Weighted(List<T> values, double[] cumulative) {
        this.values = values;
        this.cumulative = cumulative;
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    T sample(SplittableRandom random) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] > u) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return values.get(low);
    }

    static final class Builder<T> {
        private final List<T> values = new ArrayList<>();
        private final List<Double> weights = new ArrayList<>();

        Builder<T> add(T value, double weight) {
            if (weight < 0) {
                throw new IllegalArgumentException("A weight cannot be negative: " + weight);
            }
            values.add(value);
            weights.add(weight);
            return this;
        }

        Weighted<T> build() {
            if (values.isEmpty()) {
                throw new IllegalStateException("A distribution needs at least one value");
            }
            double[] cumulative = new double[weights.size()];
            double sum = 0;
            for (int i = 0; i < cumulative.length; i++) {
                sum += weights.get(i);
                cumulative[i] = sum;
            }
            if (sum <= 0) {
                throw new IllegalStateException("A distribution needs a positive total weight");
            }
            return new Weighted<>(List.copyOf(values), cumulative);
        }
    }
}
