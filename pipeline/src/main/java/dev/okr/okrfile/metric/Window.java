package dev.okr.okrfile.metric;

import java.util.Arrays;
import java.util.Optional;

/**
 * The span a metric's value covers (SPEC §3). Calendar windows ({@link #HOUR}, {@link #DAY}, {@link
 * #WEEK} from Monday, {@link #MONTH}) use the OKR file's time zone and a key result reads the
 * latest complete one; the trailing windows cover the N complete days ending with the latest
 * complete day; {@link #PERIOD} runs from the period's start to now. Defaults to {@link #DAY}.
 */
public enum Window {
    HOUR("hour"),
    DAY("day"),
    WEEK("week"),
    MONTH("month"),
    TRAILING_7D("trailing_7d"),
    TRAILING_28D("trailing_28d"),
    PERIOD("period");

    private final String yamlName;

    Window(String yamlName) {
        this.yamlName = yamlName;
    }

    /** The name written in an OKR file, e.g. {@code trailing_7d}. */
    public String yamlName() {
        return yamlName;
    }

    /** The window an OKR file names, if any. */
    public static Optional<Window> fromYamlName(String name) {
        return Arrays.stream(values()).filter(w -> w.yamlName.equals(name)).findFirst();
    }

    @Override
    public String toString() {
        return yamlName;
    }
}
