package dev.okr.benchmarks.ingest;

import java.util.Arrays;
import java.util.Locale;

/** The median of repeated measurements and their range. */
record Spread(double median, double min, double max) {

    static Spread of(double... values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Spread(median, sorted[0], sorted[n - 1]);
    }

    /** {@code 512 k/s (480–530)}. */
    String rate() {
        return String.format(
                Locale.ROOT, "%.0f k/s (%.0f–%.0f)", median / 1000, min / 1000, max / 1000);
    }

    /** {@code 0.72 (0.70–0.75)}. */
    String ratio() {
        return String.format(Locale.ROOT, "%.2f (%.2f–%.2f)", median, min, max);
    }
}
