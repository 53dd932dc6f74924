package dev.okr.metric.reference;

import dev.okr.okrfile.Span;
import dev.okr.okrfile.metric.ConversionMetric;
import dev.okr.okrfile.metric.Metric;
import dev.okr.okrfile.metric.RetentionMetric;
import dev.okr.okrfile.metric.Window;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

/**
 * What a metric reads at an instant (SPEC §3), recomputed from scratch each time from the accepted
 * events before that instant: the latest complete calendar window, the trailing days ending with
 * the latest complete day, the period so far, or the latest mature cohorts.
 */
final class MetricReader {

    private final List<AcceptedEvent> accepted;
    private final CalendarWindows calendar;
    private final Instant periodStart;

    MetricReader(List<AcceptedEvent> accepted, CalendarWindows calendar, Instant periodStart) {
        this.accepted = List.copyOf(accepted);
        this.calendar = calendar;
        this.periodStart = periodStart;
    }

    /** The accepted events whose event time is before {@code at}: all a reading at it can see. */
    List<AcceptedEvent> knownAt(Instant at) {
        return accepted.stream().filter(e -> e.time().isBefore(at)).toList();
    }

    /** The metric's reading at {@code at}; empty when the span it reads has no data. */
    OptionalDouble value(Metric metric, Instant at) {
        List<AcceptedEvent> known = knownAt(at);
        if (metric instanceof RetentionMetric retention) {
            return CohortDay.latest(
                    RetentionEvaluator.matureDays(retention, known, at, calendar),
                    retention.cohorts());
        }
        if (metric instanceof ConversionMetric conversion) {
            return CohortDay.latest(
                    ConversionEvaluator.matureDays(conversion, known, at, calendar),
                    conversion.cohorts());
        }
        Window window = metric.window();
        if (CalendarWindows.isCalendar(window)) {
            return SpanEvaluator.value(metric, known, calendar.latestComplete(window, at));
        }
        if (window == Window.PERIOD) {
            // The period so far: [period start, at). Nothing before the period has started.
            return at.isAfter(periodStart)
                    ? SpanEvaluator.value(metric, known, new Span(periodStart, at))
                    : OptionalDouble.empty();
        }
        return SpanEvaluator.value(metric, known, trailingSpan(window, at));
    }

    /**
     * The value of the open calendar window (the one holding {@code at}) from the events before
     * {@code at}; empty for other windows, and at the first instant of a window, which has no
     * events before {@code at} yet.
     */
    OptionalDouble liveValue(Metric metric, Instant at) {
        boolean windowed =
                !(metric instanceof RetentionMetric || metric instanceof ConversionMetric);
        if (!windowed || !CalendarWindows.isCalendar(metric.window())) {
            return OptionalDouble.empty();
        }
        Span open = calendar.containing(metric.window(), at);
        if (!at.isAfter(open.start())) {
            return OptionalDouble.empty();
        }
        return SpanEvaluator.value(metric, knownAt(at), new Span(open.start(), at));
    }

    /** The N complete days ending with the latest complete day at {@code at}. */
    Span trailingSpan(Window window, Instant at) {
        // The latest complete day is the day before the one holding `at` (at midnight, the day
        // that has just ended).
        LocalDate lastDay = calendar.dayOf(at).minusDays(1);
        return trailingSpanEndingWith(window, lastDay);
    }

    /** The N days ending with {@code lastDay}, both included. */
    Span trailingSpanEndingWith(Window window, LocalDate lastDay) {
        LocalDate firstDay = lastDay.minusDays(CalendarWindows.trailingDays(window) - 1L);
        return new Span(calendar.startOf(firstDay), calendar.endOf(lastDay));
    }
}
