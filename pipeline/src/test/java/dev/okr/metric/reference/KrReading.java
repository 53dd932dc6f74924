package dev.okr.metric.reference;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A key result's metric reading at one reading instant (SPEC §3).
 *
 * @param kr the key result id
 * @param at the reading instant: a day end, an hour end (for {@code hour} metrics) or the as-of
 *     instant
 * @param value what the key result reads at {@code at}: the latest complete window, the trailing
 *     span, the period so far or the latest mature cohorts; empty when there is no data
 * @param liveValue for {@code hour}, {@code day}, {@code week} and {@code month} windows, the value
 *     of the window containing {@code at} from the events before {@code at}; empty otherwise
 */
public record KrReading(String kr, Instant at, OptionalDouble value, OptionalDouble liveValue) {

    public KrReading {
        Objects.requireNonNull(kr, "kr");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(liveValue, "liveValue");
    }
}
