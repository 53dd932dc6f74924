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
 * <p>Every event asks for its day several times, and time-zone rules are slow to consult (a
 * microsecond a question), so the day boundaries of two years around the first instant asked about
 * are computed once and searched; instants outside them are computed from the rules. The last day
 * and the last hour asked for are remembered: events mostly arrive near in time to the one before,
 * and each asks for its day several times.
 */
public final class ZonedCalendar implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ZoneId zone;

    /** Days on each side of the first instant asked about that the day table covers. */
    private static final int TABLE_DAYS = 400;

    /**
     * The day table and the last day and hour looked up; each is immutable, so a lookup never
     * tears.
     */
    private transient DayTable days;

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
        DayTable table = days;
        if (table != null && table.covers(dayNumber)) {
            return table.start(dayNumber);
        }
        return startOf(LocalDate.ofEpochDay(dayNumber));
    }

    /** The first instant of {@code date} in this zone. */
    public long startOf(LocalDate date) {
        DayTable table = days;
        long day = date.toEpochDay();
        if (table != null && table.covers(day)) {
            return table.start(day);
        }
        return date.atStartOfDay(zone).toInstant().toEpochMilli();
    }

    public LocalDate localDate(long millis) {
        return LocalDate.ofEpochDay(day(millis).number);
    }

    private ZonedDateTime at(long millis) {
        return Instant.ofEpochMilli(millis).atZone(zone);
    }

    private Span day(long millis) {
        Span last = lastDay;
        if (last != null && last.contains(millis)) {
            return last;
        }
        DayTable table = days;
        if (table == null) {
            table = new DayTable(zone, at(millis).toLocalDate().toEpochDay() - TABLE_DAYS);
            days = table;
        }
        Span day = table.dayOf(millis);
        if (day == null) {
            LocalDate date = at(millis).toLocalDate();
            LocalDate next = date.plusDays(1);
            day =
                    new Span(
                            date.atStartOfDay(zone).toInstant().toEpochMilli(),
                            next.atStartOfDay(zone).toInstant().toEpochMilli(),
                            date.toEpochDay());
        }
        lastDay = day;
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

    /** The first instants of a run of consecutive days, searched instead of the zone's rules. */
    private static final class DayTable {
        private static final long DAY_MILLIS = 86_400_000L;

        private final long firstDay;
        private final long[] starts;

        DayTable(ZoneId zone, long firstDay) {
            this.firstDay = firstDay;
            this.starts = new long[2 * TABLE_DAYS + 1];
            for (int i = 0; i < starts.length; i++) {
                starts[i] =
                        LocalDate.ofEpochDay(firstDay + i)
                                .atStartOfDay(zone)
                                .toInstant()
                                .toEpochMilli();
            }
        }

        boolean covers(long day) {
            return day >= firstDay && day < firstDay + starts.length;
        }

        long start(long day) {
            return starts[(int) (day - firstDay)];
        }

        /** The day containing {@code millis}, or null outside the table (its last day too). */
        Span dayOf(long millis) {
            int last = starts.length - 1;
            if (millis < starts[0] || millis >= starts[last]) {
                return null;
            }
            // Days last 23 to 25 hours, so the day count from the first start is at most a day
            // off (the zone's offset changes back and forth); a step or two corrects it.
            int index = (int) Math.min((millis - starts[0]) / DAY_MILLIS, last - 1);
            while (millis < starts[index]) {
                index--;
            }
            while (millis >= starts[index + 1]) {
                index++;
            }
            return new Span(starts[index], starts[index + 1], firstDay + index);
        }
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
