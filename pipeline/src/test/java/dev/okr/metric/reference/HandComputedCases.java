package dev.okr.metric.reference;

import java.util.List;
import java.util.stream.Stream;

/**
 * Every hand-computed case, to run against the reference and against the streaming engine alike
 * (see {@link HandComputedCase} for how). One case per metric type (active_users, count, sum,
 * average, min and max, percentile, ratio, nps, duration by user and by property, retention,
 * conversion), and cases of every window kind (a 25-hour DST day in Europe/Oslo, week and month
 * boundaries, trailing spans, the period), deadlines, {@code baseline: auto}, rejects, duplicates,
 * anonymous users, late and too-late events, and events after T. Late events stay well inside or
 * well outside the 48-hour bound, so that any sound watermark agrees.
 */
public final class HandComputedCases {

    private HandComputedCases() {}

    /** All cases, each with its arithmetic in a comment where it is defined. */
    public static List<HandComputedCase> all() {
        return Stream.of(
                        EventMetricCases.all(),
                        StatisticCases.all(),
                        DurationCases.all(),
                        CohortCases.all(),
                        WindowCases.all(),
                        IngestionCases.all())
                .flatMap(List::stream)
                .toList();
    }
}
