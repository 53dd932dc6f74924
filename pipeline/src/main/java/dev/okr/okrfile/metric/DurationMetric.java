package dev.okr.okrfile.metric;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * {@code duration}: per key, the time from its first {@code from} event to its first {@code to}
 * event at or after it; one sample per key, in the window of the {@code to} event, summarised by
 * {@code statistic} and expressed in {@code unit} (SPEC §4).
 *
 * @param from the track event that starts the clock, e.g. {@code Signed Up}
 * @param to the track event that stops it, e.g. {@code Project Created}
 * @param key {@value #USER_KEY} (the default) for the user's identity, or the dotted path of a
 *     property both events carry, e.g. {@code ticket_id}
 * @param where conditions on the {@code from} event: they choose which clocks start
 * @param unit seconds (the default), minutes, hours or days
 */
public record DurationMetric(
        String from,
        String to,
        String key,
        List<Condition> where,
        Statistic statistic,
        ChronoUnit unit,
        Window window)
        implements Metric {

    /** The key that means the user's identity. */
    public static final String USER_KEY = "user";

    private static final Set<ChronoUnit> UNITS =
            Set.of(ChronoUnit.SECONDS, ChronoUnit.MINUTES, ChronoUnit.HOURS, ChronoUnit.DAYS);

    public DurationMetric {
        Objects.requireNonNull(statistic, "statistic");
        Objects.requireNonNull(window, "window");
        if (from.isBlank() || to.isBlank()) {
            throw new IllegalArgumentException("from and to must not be blank");
        }
        PropertyPath.require(key);
        if (!UNITS.contains(unit)) {
            throw new IllegalArgumentException("unit is seconds, minutes, hours or days: " + unit);
        }
        where = List.copyOf(where);
    }

    @Override
    public String type() {
        return "duration";
    }

    /** Whether samples are keyed by the user's identity rather than by a property. */
    public boolean keyedByUser() {
        return USER_KEY.equals(key);
    }

    /** An elapsed time expressed in this metric's unit, e.g. 90 s as 1.5 when unit is minutes. */
    public double valueOf(Duration elapsed) {
        return elapsed.toNanos() / (double) unit.getDuration().toNanos();
    }
}
