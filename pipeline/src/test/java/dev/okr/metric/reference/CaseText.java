package dev.okr.metric.reference;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The vocabulary of the hand-computed cases: OKR files with one objective, and named instants of
 * the week they mostly use, Monday 2 to Sunday 8 November 2026 in UTC.
 */
final class CaseText {

    static final Instant MON = instant("2026-11-02T00:00Z");
    static final Instant TUE = instant("2026-11-03T00:00Z");
    static final Instant WED = instant("2026-11-04T00:00Z");
    static final Instant THU = instant("2026-11-05T00:00Z");
    static final Instant FRI = instant("2026-11-06T00:00Z");
    static final Instant SAT = instant("2026-11-07T00:00Z");
    static final Instant SUN = instant("2026-11-08T00:00Z");
    static final Instant NEXT_MON = instant("2026-11-09T00:00Z");

    /** The period of most cases: the week from Monday 2 November 2026, in UTC. */
    static final String WEEK_IN_UTC =
            "period: {start: 2026-11-02, end: 2026-11-08}\ntimezone: UTC\n";

    private CaseText() {}

    /** An instant written in ISO-8601 with an offset, seconds optional: 2026-11-03T10:00Z. */
    static Instant instant(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    /** A time of a UTC day: {@code at(TUE, "10:00")}. */
    static Instant at(Instant day, String time) {
        return day.plus(Duration.ofNanos(LocalTime.parse(time).toNanoOfDay()));
    }

    /** An OKR file: {@code head} (period and timezone lines), one objective, these key results. */
    static String okrFile(String head, String... keyResults) {
        return head
                + """
                objectives:
                  - id: hand-computed
                    title: Check the metric engine against sums done by hand
                    team: reference
                    owner: oracle@example.com
                    key_results:
                """
                + String.join("", keyResults);
    }

    /** A key result with baseline 0 and target 100. */
    static String kr(String id, String metric) {
        return kr(id, metric, "baseline: 0", "target: 100");
    }

    /** A key result with these goal lines, e.g. {@code "baseline: auto", "target: \"+10%\""}. */
    static String kr(String id, String metric, String... goalLines) {
        String goal =
                Stream.of(goalLines).map(l -> "        " + l + "\n").collect(Collectors.joining());
        return "      - id: "
                + id
                + "\n"
                + "        title: "
                + id
                + "\n"
                + "        metric: "
                + metric
                + "\n"
                + goal;
    }
}
