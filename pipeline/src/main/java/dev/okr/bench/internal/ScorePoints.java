package dev.okr.bench.internal;

import dev.okr.connectors.influx.InfluxPoint;
import java.time.Instant;

/**
 * The benchmark's points: Key Result scores over 1,000 series with 5 tags and 4 fields (about 170
 * bytes a line), the shape measured in the project's notes on InfluxDB's write ceiling. Point
 * {@code i} has a series and timestamp of its own, so n points are n points in InfluxDB.
 */
public final class ScorePoints {

    public static final String MEASUREMENT = "kr_score";
    private static final Instant START = Instant.parse("2026-10-01T00:00:00Z");

    private ScorePoints() {}

    public static InfluxPoint point(long i) {
        int kr = (int) (i % 1000);
        return InfluxPoint.measurement(MEASUREMENT)
                .tag("kr", "kr-" + kr)
                .tag("objective", "obj-" + kr / 10)
                .tag("owner", "owner-" + kr % 37)
                .tag("quarter", "2026Q4")
                .tag("team", "team-" + kr % 8)
                .field("score", (i % 997) / 997.0)
                .field("progress", i % 101)
                .field("target", 100.0)
                .field("confidence", (i % 89) / 89.0)
                .timestamp(START.plusMillis(i))
                .build();
    }
}
