package dev.okr.scoring;

import java.time.Instant;

/**
 * The expected score of a key result at an instant: the elapsed fraction of its span (period start
 * to deadline or period end), clamped to [0, 1]. A linear pace, the usual anchor for "on track": a
 * key result halfway through its quarter is expected at 0.5.
 */
public final class Pace {

    private Pace() {}

    /**
     * @return the elapsed fraction of [spanStart, spanEnd) at {@code at}; a span of zero length is
     *     fully elapsed from its start on
     */
    public static double expected(Instant spanStart, Instant spanEnd, Instant at) {
        long total = spanEnd.toEpochMilli() - spanStart.toEpochMilli();
        long elapsed = at.toEpochMilli() - spanStart.toEpochMilli();
        if (total <= 0) {
            return elapsed >= 0 ? 1.0 : 0.0;
        }
        return clamp((double) elapsed / total);
    }

    static double clamp(double x) {
        return Math.max(0.0, Math.min(1.0, x));
    }
}
