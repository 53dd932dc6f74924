package dev.okr.metric;

import dev.okr.okrfile.metric.ActiveUsersMetric;
import dev.okr.okrfile.metric.AverageMetric;
import dev.okr.okrfile.metric.ConversionMetric;
import dev.okr.okrfile.metric.CountMetric;
import dev.okr.okrfile.metric.DurationMetric;
import dev.okr.okrfile.metric.MaxMetric;
import dev.okr.okrfile.metric.Metric;
import dev.okr.okrfile.metric.MinMetric;
import dev.okr.okrfile.metric.NpsMetric;
import dev.okr.okrfile.metric.PercentileMetric;
import dev.okr.okrfile.metric.RetentionMetric;
import dev.okr.okrfile.metric.SumMetric;
import dev.okr.okrfile.metric.Window;
import java.io.Serializable;

/**
 * One single-stream metric of a key result: the key result's own metric, or the numerator or the
 * denominator of a ratio. Parts are numbered across the whole plan, so that a signal names its part
 * with one int.
 *
 * @param id the part's number in the plan
 * @param keyResult the index of its key result in the plan
 * @param metric the metric (never a ratio)
 * @param family how it is computed
 * @param window the window its value covers
 */
public record Part(int id, int keyResult, Metric metric, Family family, Window window)
        implements Serializable {

    static Family familyOf(Metric metric) {
        if (metric instanceof CountMetric
                || metric instanceof SumMetric
                || metric instanceof AverageMetric
                || metric instanceof MinMetric
                || metric instanceof MaxMetric) {
            return Family.AGGREGATE;
        }
        if (metric instanceof PercentileMetric) {
            return Family.PERCENTILE;
        }
        if (metric instanceof NpsMetric) {
            return Family.NPS;
        }
        if (metric instanceof ActiveUsersMetric) {
            return Family.ACTIVE_USERS;
        }
        if (metric instanceof DurationMetric) {
            return Family.DURATION;
        }
        if (metric instanceof RetentionMetric) {
            return Family.RETENTION;
        }
        if (metric instanceof ConversionMetric) {
            return Family.CONVERSION;
        }
        throw new IllegalArgumentException("not a single-stream metric: " + metric.type());
    }

    /** Whether values are bucketed by hour (an {@code hour} window) rather than by day. */
    public boolean hourly() {
        return window == Window.HOUR;
    }
}
