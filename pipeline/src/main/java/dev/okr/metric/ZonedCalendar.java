package dev.okr.metric;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * Calendar arithmetic in an OKR file's time zone, in epoch milliseconds. Days start at local
 * midnight, so a day across a DST change lasts 23 or 25 hours; weeks start on Monday (ISO); hours
 * are the zone's hour boundaries, so a repeated local hour in autumn counts twice.
 *
 * <p>Days are also numbered: {@link #dayNumber(long)} is the local date's epoch day, a compact key
 * for per-day state.
 *
 * <p>Every event asks for its day and hour, and time-zone rules are slow to consult, so the last
 * day and hour asked for are remembered: events mostly arrive near in time to the one before.
 */
public final class ZonedCalendar implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ZoneId zone;

    /** The last day and hour looked up; each is one immutable value, so a lookup never tears. */
    private transient Span lastDay;

    private transient Span lastHour;

    public ZonedCalendar(ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    public long hourStart(long millis) {
        return hour(millis).start;
    }

    public long hourEnd(long millis) {
        return hour(millis).end;
    }

    public long dayStart(long millis) {
        return day(millis).start;
    }

    public long dayEnd(long millis) {
        return day(millis).end;
    }

    public long weekStart(long millis) {
        return startOf(localDate(millis).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    public long weekEnd(long millis) {
        return startOf(
                localDate(millis)
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                        .plusWeeks(1));
    }

    public long monthStart(long millis) {
        return startOf(localDate(millis).withDayOfMonth(1));
    }

    public long monthEnd(long millis) {
        return startOf(localDate(millis).withDayOfMonth(1).plusMonths(1));
    }

    /** The local date's epoch day, a compact number for the day containing {@code millis}. */
    public long dayNumber(long millis) {
        return day(millis).number;
    }

    /** The first instant of the day numbered {@code dayNumber}. */
    public long startOfDay(long dayNumber) {
        return startOf(LocalDate.ofEpochDay(dayNumber));
    }

    /** The first instant of {@code date} in this zone. */
    public long startOf(LocalDate date) {
        return date.atStartOfDay(zone).toInstant().toEpochMilli();
    }

    public LocalDate localDate(long millis) {
        return at(millis).toLocalDate();
    }

    private ZonedDateTime at(long millis) {
        return Instant.ofEpochMilli(millis).atZone(zone);
    }

    private Span day(long millis) {
        Span day = lastDay;
        if (day == null || !day.contains(millis)) {
            LocalDate date = localDate(millis);
            day = new Span(startOf(date), startOf(date.plusDays(1)), date.toEpochDay());
            lastDay = day;
        }
        return day;
    }

    private Span hour(long millis) {
        Span hour = lastHour;
        if (hour == null || !hour.contains(millis)) {
            long start = at(millis).truncatedTo(ChronoUnit.HOURS).toInstant().toEpochMilli();
            hour = new Span(start, start + 3_600_000L, 0);
            lastHour = hour;
        }
        return hour;
    }

    /** A half-open span of time, {@code [start, end)}, with the day's number for a day. */
    private static final class Span {
        final long start;
        final long end;
        final long number;

        Span(long start, long end, long number) {
            this.start = start;
            this.end = end;
            this.number = number;
        }

        boolean contains(long millis) {
            return millis >= start && millis < end;
        }
    }
}
