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
 */
public final class ZonedCalendar implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ZoneId zone;

    public ZonedCalendar(ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    public long hourStart(long millis) {
        return at(millis).truncatedTo(ChronoUnit.HOURS).toInstant().toEpochMilli();
    }

    public long hourEnd(long millis) {
        return hourStart(millis) + 3_600_000L;
    }

    public long dayStart(long millis) {
        return startOf(localDate(millis));
    }

    public long dayEnd(long millis) {
        return startOf(localDate(millis).plusDays(1));
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
        return localDate(millis).toEpochDay();
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
}
