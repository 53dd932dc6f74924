package dev.okr.okrfile.metric;

import java.util.Objects;

/**
 * {@code average}: the mean of the numeric {@code property} (a dotted path) over the matching
 * events that have it.
 */
public record AverageMetric(EventFilter filter, String property, Window window)
        implements EventMetric {

    public AverageMetric {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(window, "window");
        property = PropertyPath.require(property);
    }

    @Override
    public String type() {
        return "average";
    }
}
