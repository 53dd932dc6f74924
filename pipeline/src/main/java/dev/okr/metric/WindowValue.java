package dev.okr.metric;

/**
 * The value of one complete window of a key result's metric, written to {@code okr_metric} at the
 * window's start. A plain Flink POJO.
 */
public final class WindowValue {
    public int keyResult;

    /** The window's name: {@code hour} ... {@code period}, or {@code cohort_day}. */
    public String window;

    /** The window's start, in epoch milliseconds. */
    public long start;

    public double value;

    public WindowValue() {}

    public WindowValue(int keyResult, String window, long start, double value) {
        this.keyResult = keyResult;
        this.window = window;
        this.start = start;
        this.value = value;
    }

    @Override
    public String toString() {
        return "WindowValue{kr="
                + keyResult
                + ", "
                + window
                + "@"
                + java.time.Instant.ofEpochMilli(start)
                + "="
                + value
                + "}";
    }
}
