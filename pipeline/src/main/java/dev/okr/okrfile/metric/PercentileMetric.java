package dev.okr.okrfile.metric;

import java.util.Objects;

/**
 * {@code percentile}: the {@code p}-th percentile of the numeric {@code property} (a dotted path)
 * over the matching events that have it. Exact means nearest rank: the smallest sample x with at
 * least p% of the samples at or below x (SPEC §4).
 *
 * @param p the percentile, strictly between 0 and 100, e.g. 95
 */
public record PercentileMetric(EventFilter filter, String property, double p, Window window)
        implements EventMetric {

    public PercentileMetric {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(window, "window");
        property = PropertyPath.require(property);
        if (!(p > 0 && p < 100)) {
            throw new IllegalArgumentException("p must be strictly between 0 and 100: " + p);
        }
    }

    @Override
    public String type() {
        return "percentile";
    }
}
