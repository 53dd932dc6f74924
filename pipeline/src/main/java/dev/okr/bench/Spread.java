package dev.okr.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The median of repeated measurements and their range: how figures from a noisy, shared machine are
 * told. Several runs of the same measurement make one spread.
 */
public record Spread(double median, double min, double max) {

    /**
     * @throws IllegalArgumentException when there are no values
     */
    public static Spread of(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("a spread needs at least one value");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Spread(median, sorted[0], sorted[n - 1]);
    }

    public static Spread of(List<Double> values) {
        return of(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Every value divided by {@code by}'s median: a ratio to a limit measured apart. */
    public Spread over(double by) {
        return new Spread(median / by, min / by, max / by);
    }

    /** The three figures in one format: {@code median 512 (min 480, max 530)}. */
    public String format(String number) {
        return ("median " + number + " (min " + number + ", max " + number + ")")
                .formatted(median, min, max);
    }

    /** {@code 512 k/s (480–530)}. */
    public String rate() {
        return String.format(
                Locale.ROOT, "%.0f k/s (%.0f–%.0f)", median / 1000, min / 1000, max / 1000);
    }

    /** {@code 0.72 (0.70–0.75)}. */
    public String ratio() {
        return String.format(Locale.ROOT, "%.2f (%.2f–%.2f)", median, min, max);
    }
}
