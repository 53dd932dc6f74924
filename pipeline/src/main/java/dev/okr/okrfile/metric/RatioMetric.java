package dev.okr.okrfile.metric;

import java.util.Objects;

/**
 * {@code ratio}: {@code numerator / denominator}, two metrics over the same window; a denominator
 * of 0 means no value, never zero or infinity. The parts are event metrics or durations: never a
 * ratio, and never retention or conversion, which are ratios over cohorts already. Error rate,
 * uptime, CSAT share, revenue per user, adoption rate and acquisition cost are ratios.
 */
public record RatioMetric(Metric numerator, Metric denominator, Window window) implements Metric {

    public RatioMetric {
        Objects.requireNonNull(window, "window");
        requirePart(numerator, window, "numerator");
        requirePart(denominator, window, "denominator");
    }

    @Override
    public String type() {
        return "ratio";
    }

    private static void requirePart(Metric part, Window window, String name) {
        Objects.requireNonNull(part, name);
        if (!(part instanceof EventMetric || part instanceof DurationMetric)) {
            throw new IllegalArgumentException(
                    "a ratio's " + name + " is an event metric or a duration, not " + part.type());
        }
        if (part.window() != window) {
            throw new IllegalArgumentException(
                    "a ratio's " + name + " has window " + part.window() + ", the ratio " + window);
        }
    }
}
