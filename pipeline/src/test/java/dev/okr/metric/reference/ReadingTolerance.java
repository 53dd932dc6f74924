package dev.okr.metric.reference;

import dev.okr.okrfile.metric.DurationMetric;
import dev.okr.okrfile.metric.Metric;
import dev.okr.okrfile.metric.PercentileMetric;
import dev.okr.okrfile.metric.RatioMetric;
import dev.okr.okrfile.metric.Statistic;

/**
 * How close another implementation's value must be to the reference's. Percentiles (the {@code
 * percentile} metric, and the {@code median} and {@code pNN} statistics of {@code duration}) may
 * come from a sketch within 1% relative error of the exact nearest rank (SPEC §4); everything else
 * must be equal, up to 1e-9 relative for floating-point sums taken in another order.
 */
final class ReadingTolerance {

    /** SPEC §4: a sketch's percentile stays within 1% relative error of the exact one. */
    static final double SKETCH = 0.01;

    /** Floating-point sums in another order differ in the last digits only. */
    static final double FLOATING = 1e-9;

    private ReadingTolerance() {}

    /** The relative error allowed for a metric's values. */
    static double of(Metric metric) {
        if (metric instanceof PercentileMetric) {
            return SKETCH;
        }
        if (metric instanceof DurationMetric d) {
            return d.statistic().kind() == Statistic.Kind.MEAN ? 0 : SKETCH;
        }
        if (metric instanceof RatioMetric r) {
            // Each part within its own error: the quotient within (1 + en) / (1 - ed) - 1.
            double numerator = of(r.numerator());
            double denominator = of(r.denominator());
            return (1 + numerator) / (1 - denominator) - 1;
        }
        return 0;
    }

    /** Whether {@code actual} is close enough to the reference's {@code expected}. */
    static boolean accepts(Metric metric, double expected, double actual) {
        double allowed =
                Math.max(
                        of(metric) * Math.abs(expected),
                        FLOATING * Math.max(1, Math.abs(expected)));
        return Math.abs(actual - expected) <= allowed;
    }
}
