package dev.okr.metric.reference;

import dev.okr.okrfile.Span;
import dev.okr.okrfile.metric.Window;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * Calendar arithmetic in the OKR file's time zone (SPEC §3): local days (23 or 25 hours long on a
 * change of daylight saving time), ISO weeks from Monday, months, and local hours.
 */
final class CalendarWindows {

    private final ZoneId zone;

    CalendarWindows(ZoneId zone) {
        this.zone = zone;
    }

    ZoneId zone() {
        return zone;
    }

    /** The local date an instant falls on. */
    LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** A local date's first instant (its midnight, or the first instant after a gap). */
    Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** A local date's end: the next date's first instant. */
    Instant endOf(LocalDate day) {
        return startOf(day.plusDays(1));
    }

    /** A local date as a span. */
    Span day(LocalDate day) {
        return new Span(startOf(day), endOf(day));
    }

    /** The calendar window of this kind ({@code hour} to {@code month}) that holds an instant. */
    Span containing(Window window, Instant instant) {
        LocalDate day = dayOf(instant);
        return switch (window) {
            case HOUR -> {
                // Truncating a zoned time keeps its offset, so each of the two 02:00 hours of a
                // 25-hour day is its own window.
                Instant start = instant.atZone(zone).truncatedTo(ChronoUnit.HOURS).toInstant();
                yield new Span(start, start.plus(Duration.ofHours(1)));
            }
            case DAY -> day(day);
            case WEEK -> {
                LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new Span(startOf(monday), startOf(monday.plusWeeks(1)));
            }
            case MONTH -> {
                LocalDate first = day.withDayOfMonth(1);
                yield new Span(startOf(first), startOf(first.plusMonths(1)));
            }
            default -> throw new IllegalArgumentException("not a calendar window: " + window);
        };
    }

    /** The latest window of this kind that is complete at {@code at}: it ends at or before it. */
    Span latestComplete(Window window, Instant at) {
        Span open = containing(window, at);
        return containing(window, open.start().minusNanos(1));
    }

    /** The window of this kind that follows one. */
    Span next(Window window, Span current) {
        return containing(window, current.end());
    }

    /** Whether a window is one of the calendar kinds. */
    static boolean isCalendar(Window window) {
        return switch (window) {
            case HOUR, DAY, WEEK, MONTH -> true;
            default -> false;
        };
    }

    /** The number of days of a trailing window; 0 for the others. */
    static int trailingDays(Window window) {
        return switch (window) {
            case TRAILING_7D -> 7;
            case TRAILING_28D -> 28;
            default -> 0;
        };
    }
}
