package dev.okr.benchmarks.influx;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The median of a few measurements and their range: how figures on a noisy machine are told. */
public record Spread(double median, double min, double max) {

    public static Spread of(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        double median =
                n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return new Spread(median, sorted.get(0), sorted.get(n - 1));
    }

    public String format(String number) {
        return ("median " + number + " (min " + number + ", max " + number + ")")
                .formatted(median, min, max);
    }
}
