package dev.okr.connectors.influx;

import java.time.Instant;

/**
 * Test data: point {@code i} is a Key Result reading with a series of its own among 1,000 ({@code
 * kr}) and a timestamp of its own, so that n points are n distinct points in InfluxDB, and integer
 * {@code value = i} makes a checksum: the values of points 0..n-1 sum to n(n-1)/2.
 */
final class KrPoints {

    static final String MEASUREMENT = "kr_reading";
    static final Instant MONDAY_09_00 = Instant.parse("2026-11-23T09:00:00Z");

    private KrPoints() {}

    static InfluxPoint point(long i) {
        return InfluxPoint.measurement(MEASUREMENT)
                .tag("kr", "kr-" + (i % 1000))
                .tag("team", "team-" + (i % 10))
                .field("value", i)
                .field("score", (i % 100) / 100.0)
                .timestamp(MONDAY_09_00.plusMillis(i))
                .build();
    }

    /** The sum of {@code value} over points 0..n-1. */
    static long checksum(long n) {
        return n * (n - 1) / 2;
    }
}
