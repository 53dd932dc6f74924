package dev.okr.metric.reference;

import java.time.Instant;
import java.util.Objects;

/**
 * The value of one complete window of a key result's metric: what the pipeline writes to {@code
 * okr_metric}, one point per window at its start (SPEC §6).
 *
 * @param kr the key result id
 * @param window {@code hour}, {@code day}, {@code week}, {@code month}, {@code trailing_7d}, {@code
 *     trailing_28d}, {@code period} or {@code cohort_day}
 * @param start the window's first instant (for a trailing span, the start of its first day)
 * @param value the window's value; windows without a value have no reading
 */
public record WindowReading(String kr, String window, Instant start, double value) {

    /** The window name of a retention cohort day or a conversion entry day. */
    public static final String COHORT_DAY = "cohort_day";

    public WindowReading {
        Objects.requireNonNull(kr, "kr");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(start, "start");
    }
}
