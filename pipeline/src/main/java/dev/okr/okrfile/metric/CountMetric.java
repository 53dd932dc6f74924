package dev.okr.okrfile.metric;

import java.util.Objects;

/** {@code count}: the number of matching events in the window. */
public record CountMetric(EventFilter filter, Window window) implements EventMetric {

    public CountMetric {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(window, "window");
    }

    @Override
    public String type() {
        return "count";
    }
}
