package dev.okr.bench.internal;

import java.util.Arrays;

/** Nearest-rank percentiles of delays: the p-th percentile is a delay actually seen. */
public final class Percentiles {

    private Percentiles() {}

    /**
     * @param p between 0 (exclusive) and 100
     * @throws IllegalArgumentException when there are no values
     */
    public static double of(double[] values, double p) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }
}
