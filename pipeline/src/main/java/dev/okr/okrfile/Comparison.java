package dev.okr.okrfile;

/**
 * How a {@code direction: maintain} key result compares a reading with its threshold. Defaults to
 * {@link #AT_LEAST}.
 */
public enum Comparison {
    /** The reading meets the threshold when it is at or above it. */
    AT_LEAST("at_least"),
    /** The reading meets the threshold when it is at or below it. */
    AT_MOST("at_most");

    private final String yamlName;

    Comparison(String yamlName) {
        this.yamlName = yamlName;
    }

    /** The name written in an OKR file. */
    public String yamlName() {
        return yamlName;
    }

    /** Whether a reading meets a threshold. */
    public boolean isMet(double reading, double threshold) {
        return this == AT_LEAST ? reading >= threshold : reading <= threshold;
    }
}
