package dev.okr.metric.reference;

import dev.okr.okrfile.Period;
import dev.okr.okrfile.Span;
import dev.okr.okrfile.metric.Window;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The instants a bounded run as of T writes a key result's reading at: every day end (local
 * midnight) in [period start, min(T, period end)], every hour end in that range for a key result
 * whose window is {@code hour}, and T itself when T is before the period end. A key result's clock
 * starts at the period start: nothing is read before it.
 */
final class ReadingInstants {

    private ReadingInstants() {}

    static SortedSet<Instant> of(
            Window window, Period period, CalendarWindows calendar, Instant asOf) {
        Instant periodEnd = calendar.startOf(period.end().plusDays(1));
        Instant last = asOf.isBefore(periodEnd) ? asOf : periodEnd;
        // "period start - 1 day" is the previous local midnight: 23 or 25 hours on a change of
        // daylight saving time.
        LocalDate dayBefore = period.start().minusDays(1);
        SortedSet<Instant> instants = new TreeSet<>();
        for (LocalDate day = dayBefore; !calendar.endOf(day).isAfter(last); day = day.plusDays(1)) {
            instants.add(calendar.endOf(day));
        }
        if (window == Window.HOUR) {
            Instant first = calendar.startOf(period.start());
            for (Span hour = calendar.containing(Window.HOUR, first.minusMillis(1));
                    !hour.end().isAfter(last);
                    hour = calendar.next(Window.HOUR, hour)) {
                instants.add(hour.end());
            }
        }
        if (asOf.isBefore(periodEnd)) {
            instants.add(asOf);
        }
        return instants;
    }
}
