package dev.okr.okrfile.metric;

import java.util.Objects;

/**
 * {@code sum}: the sum of the numeric {@code property} (a dotted path) over the matching events
 * that have it.
 */
public record SumMetric(EventFilter filter, String property, Window window) implements EventMetric {

    public SumMetric {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(window, "window");
        property = PropertyPath.require(property);
    }

    @Override
    public String type() {
        return "sum";
    }
}
