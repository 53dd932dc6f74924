package dev.okr.metric;

import dev.okr.okrfile.Goal;
import dev.okr.okrfile.metric.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Reads a key result from its parts: its value and live value at an instant (a ratio divides its
 * numerator by its denominator; a zero or missing denominator is no value), the windows of a
 * maintain key result that met its threshold, and the window values for {@code okr_metric}.
 * Readings after the key result's span (its deadline, or the period's end) are those at the span's
 * end: its value stops changing there.
 */
public final class KeyResultReader {

    private final KeyResultPlan kr;
    private final MetricPlan plan;
    private final List<PartReader> parts;
    private final WindowGrid grid;

    public KeyResultReader(KeyResultPlan kr, MetricPlan plan, List<PartReader> parts) {
        this.kr = kr;
        this.plan = plan;
        this.parts = parts;
        this.grid = gridOf(kr, plan);
    }

    public static WindowGrid gridOf(KeyResultPlan kr, MetricPlan plan) {
        return new WindowGrid(kr.window(), plan.calendar(), plan.periodStart(), plan.periodEnd());
    }

    public Reading readingAt(long instant) {
        long at = Math.min(instant, kr.spanEndMillis());
        Reading reading = new Reading();
        reading.keyResult = kr.index();
        reading.instant = instant;
        reading.value = nanIfEmpty(valueAt(at));
        reading.liveValue = nanIfEmpty(combine(p -> p.liveAt(at)));
        if (kr.keyResult().goal() instanceof Goal.Maintain maintain) {
            band(at, maintain, reading);
        }
        return reading;
    }

    private OptionalDouble valueAt(long at) {
        return combine(p -> p.valueAt(at));
    }

    private OptionalDouble over(long from, long to) {
        return combine(p -> p.over(from, to));
    }

    private OptionalDouble combine(Function<PartReader, OptionalDouble> read) {
        OptionalDouble first = read.apply(parts.get(0));
        if (parts.size() == 1 || first.isEmpty()) {
            return first;
        }
        OptionalDouble denominator = read.apply(parts.get(1));
        if (denominator.isEmpty() || denominator.getAsDouble() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(first.getAsDouble() / denominator.getAsDouble());
    }

    /** Time in band: the complete windows since the key result's start, and those that met. */
    private void band(long at, Goal.Maintain maintain, Reading reading) {
        for (double value : bandValues(at)) {
            reading.windowsWithValue++;
            if (maintain.isMet(value)) {
                reading.windowsMet++;
            }
        }
    }

    private List<Double> bandValues(long at) {
        List<Double> values = new ArrayList<>();
        long start = kr.spanStartMillis();
        Family family = parts.get(0).family();
        if (family == Family.RETENTION || family == Family.CONVERSION) {
            // A cohort metric's windows are its cohort days (the okr_metric cohort_day values):
            // those of the key result's span that are mature by now, each with its own value.
            ZonedCalendar cal = plan.calendar();
            for (long[] day : parts.get(0).matureDays(at)) {
                if (cal.startOfDay(day[0]) >= start) {
                    values.add((double) day[2] / day[1]);
                }
            }
        } else if (isCalendar()) {
            long ws = grid.windowStart(start) == start ? start : grid.windowEnd(start);
            while (grid.windowEnd(ws) <= at) {
                over(ws, grid.windowEnd(ws)).ifPresent(values::add);
                ws = grid.windowEnd(ws);
            }
        } else {
            // Trailing spans and the period count their daily readings.
            ZonedCalendar cal = plan.calendar();
            for (long e = cal.dayEnd(start); e <= at; e = cal.dayEnd(e)) {
                valueAt(e).ifPresent(values::add);
            }
        }
        return values;
    }

    private boolean isCalendar() {
        Window w = kr.window();
        return w == Window.HOUR || w == Window.DAY || w == Window.WEEK || w == Window.MONTH;
    }

    /**
     * The values of the windows of the period that complete in ({@code after}, {@code upTo}]:
     * calendar windows that end after the period's start (the week or month holding it included),
     * the trailing span of each complete day of the period, the period so far, and for cohort
     * metrics every mature cohort day of the period that holds users.
     */
    public List<WindowValue> windowsCompleting(long after, long upTo) {
        List<WindowValue> out = new ArrayList<>();
        long end = Math.min(upTo, plan.periodEnd());
        if (end <= after) {
            return out;
        }
        ZonedCalendar cal = plan.calendar();
        Window w = kr.window();
        switch (parts.get(0).family()) {
            case RETENTION, CONVERSION -> {
                // An on_or_after cohort keeps gaining members: every mature day is written again.
                for (long[] day : parts.get(0).matureDays(end)) {
                    long start = cal.startOfDay(day[0]);
                    if (start >= plan.periodStart()) {
                        out.add(value("cohort_day", start, (double) day[2] / day[1]));
                    }
                }
                return out;
            }
            default -> {}
        }
        if (w == Window.PERIOD) {
            valueAt(end).ifPresent(v -> out.add(value(w.yamlName(), plan.periodStart(), v)));
            return out;
        }
        if (grid.trailingDays() > 0) {
            long firstSpanEnd = cal.dayNumber(plan.periodStart());
            for (long e = cal.dayEnd(after); e <= end; e = cal.dayEnd(e)) {
                long spanEnd = cal.dayNumber(e) - 1;
                if (spanEnd >= firstSpanEnd) {
                    long spanStart = cal.startOfDay(spanEnd - grid.trailingDays() + 1);
                    valueAt(e).ifPresent(v -> out.add(value(w.yamlName(), spanStart, v)));
                }
            }
            return out;
        }
        long ws = grid.windowStart(after);
        while (grid.windowEnd(ws) <= end) {
            long we = grid.windowEnd(ws);
            if (we > after && we > plan.periodStart()) {
                long s = ws;
                over(ws, we).ifPresent(v -> out.add(value(w.yamlName(), s, v)));
            }
            ws = we;
        }
        return out;
    }

    private WindowValue value(String window, long start, double value) {
        return new WindowValue(kr.index(), window, start, value);
    }

    private static double nanIfEmpty(OptionalDouble v) {
        return v.isPresent() ? v.getAsDouble() : Double.NaN;
    }
}
