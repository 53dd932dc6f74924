package dev.okr.scoring;

import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Where a key result will land: the least-squares line through its daily score readings of the last
 * 14 days, extended to the end of its span and clamped to [0, 1]. With fewer than 4 daily readings
 * there is no forecast.
 */
public final class Forecast {

    /** Daily readings taken into account, counted back from the newest. */
    public static final int DAYS = 14;

    /** Fewest readings that make a forecast. */
    public static final int MIN_READINGS = 4;

    private Forecast() {}

    /** A daily score reading: the score of a key result as of an instant. */
    public record Reading(Instant at, double score) {}

    /**
     * @param readings daily readings, oldest first; only those within the last {@link #DAYS} days
     *     before the newest one are used
     */
    public static OptionalDouble of(List<Reading> readings, Instant spanEnd) {
        if (readings.isEmpty()) {
            return OptionalDouble.empty();
        }
        Instant newest = readings.get(readings.size() - 1).at();
        Instant from = newest.minus(java.time.Duration.ofDays(DAYS));
        List<Reading> recent = readings.stream().filter(r -> r.at().isAfter(from)).toList();
        if (recent.size() < MIN_READINGS) {
            return OptionalDouble.empty();
        }
        // x in days since the newest reading keeps the sums small and well conditioned.
        double n = recent.size();
        double sumX = 0;
        double sumY = 0;
        double sumXX = 0;
        double sumXY = 0;
        for (Reading r : recent) {
            double x = days(newest, r.at());
            sumX += x;
            sumY += r.score();
            sumXX += x * x;
            sumXY += x * r.score();
        }
        double denominator = n * sumXX - sumX * sumX;
        if (denominator == 0) {
            return OptionalDouble.empty();
        }
        double slope = (n * sumXY - sumX * sumY) / denominator;
        double intercept = (sumY - slope * sumX) / n;
        return OptionalDouble.of(Pace.clamp(intercept + slope * days(newest, spanEnd)));
    }

    private static double days(Instant origin, Instant at) {
        return (at.toEpochMilli() - origin.toEpochMilli()) / 86_400_000.0;
    }
}
