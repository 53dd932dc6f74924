package dev.okr.okrfile.metric;

import java.io.Serializable;

/**
 * What a key result measures: one record per metric type of SPEC §4, each with its own options.
 * Instances are immutable, validated on construction and {@link Serializable}, so that Flink can
 * ship them inside operators. The single-stream metrics share {@link EventMetric}; {@link
 * RatioMetric} divides two of them; {@link DurationMetric}, {@link RetentionMetric} and {@link
 * ConversionMetric} follow users (or another key) from one event to another.
 */
public sealed interface Metric extends Serializable
        permits EventMetric, RatioMetric, DurationMetric, RetentionMetric, ConversionMetric {

    /** The type as written in an OKR file, e.g. {@code active_users}. */
    String type();

    /**
     * The window the value covers. {@link RetentionMetric} and {@link ConversionMetric} have no
     * window option and return {@link Window#DAY}: one more cohort day matures each day.
     */
    Window window();
}
