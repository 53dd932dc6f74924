package dev.okr.okrfile.metric;

import java.util.Objects;

/**
 * {@code max}: the largest value of the numeric {@code property} (a dotted path) over the matching
 * events that have it.
 */
public record MaxMetric(EventFilter filter, String property, Window window) implements EventMetric {

    public MaxMetric {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(window, "window");
        property = PropertyPath.require(property);
    }

    @Override
    public String type() {
        return "max";
    }
}
