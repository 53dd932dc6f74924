package dev.okr.bench;

import java.util.Locale;

/**
 * A figure's goal from the benchmark issue: a bound its median must reach ({@code at least}) or
 * stay under ({@code under}).
 */
public record Goal(double bound, boolean atLeast) {

    public static Goal atLeast(double bound) {
        return new Goal(bound, true);
    }

    public static Goal under(double bound) {
        return new Goal(bound, false);
    }

    /** Whether the median meets the goal. */
    public boolean metBy(Spread value) {
        return atLeast ? value.median() >= bound : value.median() < bound;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, atLeast ? "≥ %.2f" : "< %.2f", bound);
    }
}
