package dev.okr.metric.reference;

import dev.okr.okrfile.KeyResult;
import dev.okr.okrfile.Period;
import dev.okr.okrfile.Span;
import dev.okr.okrfile.metric.ConversionMetric;
import dev.okr.okrfile.metric.Metric;
import dev.okr.okrfile.metric.RetentionMetric;
import dev.okr.okrfile.metric.Window;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The value of every complete window of a key result's metric, as of L = min(T, period end).
 *
 * <p>Choice (the issue names no lower bound): the windows written are those that overlap the
 * period. A calendar window is written when it ends after the period start and at or before L (the
 * week or month holding the period start included); a trailing span for each day of the period that
 * is complete at L; the period itself as of L; for retention and conversion, each cohort or entry
 * day of the period that is mature at L and holds users. Deadlines do not apply: a deadline freezes
 * the key result's reading, not its metric's windows.
 */
final class WindowValues {

    private final MetricReader reader;
    private final CalendarWindows calendar;
    private final Period period;

    WindowValues(MetricReader reader, CalendarWindows calendar, Period period) {
        this.reader = reader;
        this.calendar = calendar;
        this.period = period;
    }

    List<WindowReading> of(KeyResult keyResult, Instant asOf) {
        Instant start = calendar.startOf(period.start());
        Instant end = calendar.startOf(period.end().plusDays(1));
        Instant last = asOf.isBefore(end) ? asOf : end;
        Metric metric = keyResult.metric();
        List<AcceptedEvent> known = reader.knownAt(last);
        List<WindowReading> windows = new ArrayList<>();
        if (metric instanceof RetentionMetric || metric instanceof ConversionMetric) {
            List<CohortDay> days =
                    metric instanceof RetentionMetric r
                            ? RetentionEvaluator.matureDays(r, known, last, calendar)
                            : ConversionEvaluator.matureDays(
                                    (ConversionMetric) metric, known, last, calendar);
            days.stream()
                    .filter(d -> period.contains(d.day()))
                    .forEach(
                            d ->
                                    windows.add(
                                            reading(
                                                    keyResult,
                                                    WindowReading.COHORT_DAY,
                                                    calendar.startOf(d.day()),
                                                    d.share())));
            return windows;
        }
        Window window = metric.window();
        List<Span> spans = new ArrayList<>();
        if (CalendarWindows.isCalendar(window)) {
            for (Span w = calendar.containing(window, start);
                    !w.end().isAfter(last);
                    w = calendar.next(window, w)) {
                spans.add(w);
            }
        } else if (window == Window.PERIOD) {
            if (last.isAfter(start)) {
                spans.add(new Span(start, last));
            }
        } else {
            for (LocalDate day = period.start();
                    !calendar.endOf(day).isAfter(last) && period.contains(day);
                    day = day.plusDays(1)) {
                spans.add(reader.trailingSpanEndingWith(window, day));
            }
        }
        for (Span span : spans) {
            OptionalDouble value = SpanEvaluator.value(metric, known, span);
            value.ifPresent(
                    v -> windows.add(reading(keyResult, window.yamlName(), span.start(), v)));
        }
        return windows;
    }

    private static WindowReading reading(KeyResult kr, String name, Instant start, double value) {
        return new WindowReading(kr.id(), name, start, value);
    }
}
