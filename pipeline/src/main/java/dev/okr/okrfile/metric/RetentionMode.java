package dev.okr.okrfile.metric;

/** When a {@link RetentionMetric} counts a user as retained. Defaults to {@link #ON_DAY}. */
public enum RetentionMode {
    /** A return event on day cohort + {@code day} exactly. */
    ON_DAY("on_day"),
    /** A return event on any day from cohort + {@code day} on. */
    ON_OR_AFTER("on_or_after");

    private final String yamlName;

    RetentionMode(String yamlName) {
        this.yamlName = yamlName;
    }

    /** The name written in an OKR file. */
    public String yamlName() {
        return yamlName;
    }

    @Override
    public String toString() {
        return yamlName;
    }
}
