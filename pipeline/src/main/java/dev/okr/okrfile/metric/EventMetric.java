package dev.okr.okrfile.metric;

/**
 * A metric computed from one stream of matching events in a window: active users, counts,
 * aggregates of a numeric property, percentiles and NPS.
 */
public sealed interface EventMetric extends Metric
        permits ActiveUsersMetric,
                CountMetric,
                SumMetric,
                AverageMetric,
                MinMetric,
                MaxMetric,
                PercentileMetric,
                NpsMetric {

    /** The events the metric reads. */
    EventFilter filter();
}
