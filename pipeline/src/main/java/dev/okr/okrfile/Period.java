package dev.okr.okrfile;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The stretch of calendar days an OKR file covers, both dates inclusive: a quarter such as {@code
 * 2026-Q4}, or explicit dates. In a time zone it runs from the start date at 00:00 to the day after
 * the end date at 00:00 (SPEC §3), so {@code 2026-Q4} and {@code 2026-10-01..2026-12-31} are the
 * same span.
 *
 * @param name as written: {@code 2026-Q4}, or {@code 2026-10-01..2026-12-31} for explicit dates. It
 *     tags every point the pipeline writes.
 */
public record Period(String name, LocalDate start, LocalDate end) implements Serializable {

    public Period {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period " + name + " ends before it starts");
        }
    }

    /** The quarter {@code year-Qn}, n from 1 to 4. */
    public static Period quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("a quarter is 1 to 4: " + quarter);
        }
        LocalDate start = LocalDate.of(year, 3 * quarter - 2, 1);
        return new Period(year + "-Q" + quarter, start, start.plusMonths(3).minusDays(1));
    }

    /** The days from {@code start} to {@code end}, both inclusive, named {@code start..end}. */
    public static Period between(LocalDate start, LocalDate end) {
        return new Period(start + ".." + end, start, end);
    }

    /** The period's first instant: the start date at 00:00 in the zone. */
    public Instant startIn(ZoneId zone) {
        return start.atStartOfDay(zone).toInstant();
    }

    /** The instant just after the period: the day after the end date at 00:00 in the zone. */
    public Instant endIn(ZoneId zone) {
        return end.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The whole period in the zone. */
    public Span spanIn(ZoneId zone) {
        return new Span(startIn(zone), endIn(zone));
    }

    /** Whether a calendar date is one of the period's days. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    @Override
    public String toString() {
        return name;
    }
}
