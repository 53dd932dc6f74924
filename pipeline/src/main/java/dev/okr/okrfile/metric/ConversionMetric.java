package dev.okr.okrfile.metric;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * {@code conversion}: entry(u) is the time of u's first {@code from} event; u converted when a
 * {@code to} event follows within {@code within}. Entrants are grouped by entry day; a day is
 * mature when all its entrants' {@code within} has passed. Value: converted / entrants over the
 * {@code cohorts} latest mature entry days (SPEC §4).
 *
 * @param where conditions on the {@code from} event: they choose who enters
 * @param within how long after entry a {@code to} event counts, positive, e.g. 14 days
 * @param cohorts how many of the latest mature entry days are summed, at least 1; default 7
 */
public record ConversionMetric(
        String from, String to, List<Condition> where, Duration within, int cohorts)
        implements Metric {

    /** The number of entry days summed when the file names none. */
    public static final int DEFAULT_COHORTS = 7;

    public ConversionMetric {
        Objects.requireNonNull(within, "within");
        if (from.isBlank() || to.isBlank()) {
            throw new IllegalArgumentException("from and to must not be blank");
        }
        if (within.isNegative() || within.isZero() || cohorts < 1) {
            throw new IllegalArgumentException("within must be positive and cohorts at least 1");
        }
        where = List.copyOf(where);
    }

    @Override
    public String type() {
        return "conversion";
    }

    @Override
    public Window window() {
        return Window.DAY;
    }
}
