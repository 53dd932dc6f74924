package dev.okr.metric.reference;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Random;

/**
 * Random times and timestamp spellings for the simulated product, in the OKR file's zone. Event
 * times have millisecond precision, as Kafka timestamps do.
 */
final class SimulationClock {

    private final Random random;
    private final ZoneId zone;

    SimulationClock(Random random, ZoneId zone) {
        this.random = random;
        this.zone = zone;
    }

    Random random() {
        return random;
    }

    /**
     * A time on a local day: mostly in waking hours, one in five anywhere in the day (the two 02:00
     * hours of a 25-hour day included).
     */
    Instant during(LocalDate day) {
        Instant start = day.atStartOfDay(zone).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
        if (random.nextInt(5) == 0) {
            return start.plusMillis(
                    (long) (random.nextDouble() * (end.toEpochMilli() - start.toEpochMilli())));
        }
        Instant waking = start.plus(Duration.ofHours(7));
        return waking.plusMillis((long) (random.nextDouble() * Duration.ofHours(16).toMillis()));
    }

    /** A time a random span after another, up to {@code max}. */
    Instant after(Instant time, Duration max) {
        return time.plusMillis(1 + (long) (random.nextDouble() * max.toMillis()));
    }

    /**
     * Writes the event time into the call: as {@code timestamp} in UTC mostly, with the zone's
     * offset one time in ten, as {@code originalTimestamp} one time in twenty.
     */
    SegmentEvent stamp(SegmentEvent event, Instant time) {
        int spelling = random.nextInt(20);
        if (spelling == 0) {
            return event.field("originalTimestamp", time.toString());
        }
        if (spelling <= 2) {
            return event.field("timestamp", OffsetDateTime.ofInstant(time, zone).toString());
        }
        return event.at(time);
    }

    /** One of these, uniformly. */
    @SafeVarargs
    final <T> T oneOf(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A rounded, skewed positive number around {@code typical}: latencies, amounts. */
    double skewed(double typical) {
        return Math.round(typical * -Math.log(1 - random.nextDouble()) * 100) / 100.0;
    }
}
