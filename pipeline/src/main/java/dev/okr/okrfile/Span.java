package dev.okr.okrfile;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A half-open span of time {@code [start, end)}: a period in a time zone, or the span a key result
 * is scored on (SPEC §3 and §5).
 */
public record Span(Instant start, Instant end) implements Serializable {

    public Span {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException(
                    "a span ends after it starts: " + start + ", " + end);
        }
    }

    /** Whether an instant falls inside: at or after the start and before the end. */
    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    /**
     * The elapsed fraction of this span at an instant, clamped to [0, 1]: SPEC §5's {@code
     * expected} when this is a key result's span.
     */
    public double elapsedFraction(Instant at) {
        double elapsed = Duration.between(start, at).toMillis();
        double length = Duration.between(start, end).toMillis();
        return Math.max(0, Math.min(1, elapsed / length));
    }
}
