package dev.okr.okrfile.metric;

import java.util.Objects;

/**
 * {@code nps}: Net Promoter Score of the survey responses in the window. A response is a matching
 * event whose integer {@code property} (default {@code score}) is in 0..10; others are ignored.
 * Value: 100 x (responses 9-10 minus responses 0-6) / responses, from -100 to 100. The filter holds
 * the single survey event the file names with {@code event}.
 */
public record NpsMetric(EventFilter filter, String property, Window window) implements EventMetric {

    /** The property that holds the score when the file names none. */
    public static final String DEFAULT_PROPERTY = "score";

    public NpsMetric {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(window, "window");
        property = PropertyPath.require(property);
    }

    @Override
    public String type() {
        return "nps";
    }
}
