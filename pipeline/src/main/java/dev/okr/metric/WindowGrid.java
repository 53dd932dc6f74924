package dev.okr.metric;

import dev.okr.okrfile.metric.Window;
import java.io.Serializable;

/**
 * The time grid of one window kind in the OKR file's zone: which bucket an instant falls in (its
 * hour for {@code hour} windows, its day otherwise), and which window holds it.
 */
public record WindowGrid(Window window, ZonedCalendar calendar, long periodStart, long periodEnd)
        implements Serializable {

    /** The start of the bucket holding {@code millis}: its hour or its day. */
    public long bucketOf(long millis) {
        return window == Window.HOUR ? calendar.hourStart(millis) : calendar.dayStart(millis);
    }

    /** The start of the calendar window (or the period) holding {@code millis}. */
    public long windowStart(long millis) {
        return switch (window) {
            case HOUR -> calendar.hourStart(millis);
            case DAY, TRAILING_7D, TRAILING_28D -> calendar.dayStart(millis);
            case WEEK -> calendar.weekStart(millis);
            case MONTH -> calendar.monthStart(millis);
            case PERIOD -> periodStart;
        };
    }

    /** The end of the calendar window (or the period) holding {@code millis}. */
    public long windowEnd(long millis) {
        return switch (window) {
            case HOUR -> calendar.hourEnd(millis);
            case DAY, TRAILING_7D, TRAILING_28D -> calendar.dayEnd(millis);
            case WEEK -> calendar.weekEnd(millis);
            case MONTH -> calendar.monthEnd(millis);
            case PERIOD -> periodEnd;
        };
    }

    /** Days in a trailing span: 7 or 28; 0 for other windows. */
    public int trailingDays() {
        return switch (window) {
            case TRAILING_7D -> 7;
            case TRAILING_28D -> 28;
            default -> 0;
        };
    }
}
