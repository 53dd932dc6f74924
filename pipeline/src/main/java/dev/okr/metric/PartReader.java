package dev.okr.metric;

import dev.okr.okrfile.metric.ActiveUsersMetric;
import dev.okr.okrfile.metric.AverageMetric;
import dev.okr.okrfile.metric.ConversionMetric;
import dev.okr.okrfile.metric.CountMetric;
import dev.okr.okrfile.metric.DurationMetric;
import dev.okr.okrfile.metric.MaxMetric;
import dev.okr.okrfile.metric.MinMetric;
import dev.okr.okrfile.metric.PercentileMetric;
import dev.okr.okrfile.metric.RetentionMetric;
import dev.okr.okrfile.metric.Statistic;
import dev.okr.okrfile.metric.SumMetric;
import dev.okr.okrfile.metric.Window;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalDouble;

/**
 * Reads one part's value as of an instant from its per-bucket cells, under the window rules of SPEC
 * §3: the latest complete calendar window, the trailing span ending with the latest complete day,
 * the period so far, or the latest mature cohort days.
 */
public final class PartReader {

    private final Part part;
    private final WindowGrid grid;
    private final NavigableMap<Long, Cell> cells;
    private final NavigableMap<Long, Long> retained;
    private final boolean zeroWhenEmpty;

    /**
     * @param retained retention only: members retained, keyed by {@link #retainedKey}
     * @param inRatio whether the part is a ratio's numerator or denominator, where a count, sum or
     *     number of users without data is 0, not "no value"
     */
    public PartReader(
            Part part,
            WindowGrid grid,
            NavigableMap<Long, Cell> cells,
            NavigableMap<Long, Long> retained,
            boolean inRatio) {
        this.part = part;
        this.grid = grid;
        this.cells = cells;
        this.retained = retained;
        this.zeroWhenEmpty =
                inRatio
                        && (part.metric() instanceof CountMetric
                                || part.metric() instanceof SumMetric
                                || part.metric() instanceof ActiveUsersMetric);
    }

    public Family family() {
        return part.family();
    }

    /** The key of a retained count: cohort day and retained day in one long. */
    public static long retainedKey(long cohortDay, long retainedDay) {
        return cohortDay * 65_536 + (retainedDay - cohortDay);
    }

    /** The value the part reads at {@code instant}. */
    public OptionalDouble valueAt(long instant) {
        ZonedCalendar cal = grid.calendar();
        // The day holding the instant is not complete yet (at a midnight it has just begun).
        long latestCompleteDay = cal.dayNumber(instant) - 1;
        return switch (part.family()) {
            case RETENTION -> retention(instant, latestCompleteDay);
            case CONVERSION -> conversion(instant);
            default -> windowed(instant, latestCompleteDay);
        };
    }

    /** The value of the open calendar window at {@code instant}, from what came before it. */
    public OptionalDouble liveAt(long instant) {
        Window w = part.window();
        if (w != Window.HOUR && w != Window.DAY && w != Window.WEEK && w != Window.MONTH) {
            return OptionalDouble.empty();
        }
        return over(grid.windowStart(instant), instant);
    }

    private OptionalDouble windowed(long instant, long latestCompleteDay) {
        ZonedCalendar cal = grid.calendar();
        int days = grid.trailingDays();
        if (days > 0) {
            if (part.family() == Family.ACTIVE_USERS) {
                Cell cell = cells.get(latestCompleteDay);
                return finish(cell == null ? 0 : cell.count);
            }
            return over(
                    cal.startOfDay(latestCompleteDay - days + 1),
                    cal.startOfDay(latestCompleteDay + 1));
        }
        if (part.window() == Window.PERIOD) {
            return over(grid.periodStart(), instant);
        }
        long end = grid.windowStart(instant);
        return over(grid.windowStart(end - 1), end);
    }

    /** The value of the buckets in [{@code from}, {@code to}). */
    public OptionalDouble over(long from, long to) {
        if (to <= from) {
            return finish(0);
        }
        Map<Long, Cell> span = cells.subMap(from, true, to, false);
        if (part.family() == Family.ACTIVE_USERS) {
            long users = 0;
            for (Cell c : span.values()) {
                users += c.count;
            }
            return finish(users);
        }
        Cell total = new Cell();
        QuantileSketch sketch = needsSketch() ? new QuantileSketch() : null;
        for (Cell c : span.values()) {
            total.count += c.count;
            total.sum = ExactSum.merge(total.sum, c.sum);
            total.min = Math.min(total.min, c.min);
            total.max = Math.max(total.max, c.max);
            total.a += c.a;
            total.b += c.b;
            if (sketch != null && c.sketch != null) {
                sketch.merge(c.sketch);
            }
        }
        return value(total, sketch);
    }

    private boolean needsSketch() {
        return part.family() == Family.PERCENTILE
                || (part.metric() instanceof DurationMetric d
                        && d.statistic().kind() != Statistic.Kind.MEAN);
    }

    private OptionalDouble value(Cell total, QuantileSketch sketch) {
        if (total.count == 0) {
            return finish(0);
        }
        return switch (part.family()) {
            case AGGREGATE -> aggregate(total);
            case PERCENTILE ->
                    OptionalDouble.of(sketch.valueAtRank(((PercentileMetric) part.metric()).p()));
            case NPS -> OptionalDouble.of(100.0 * (total.a - total.b) / total.count);
            case DURATION -> {
                Statistic statistic = ((DurationMetric) part.metric()).statistic();
                yield statistic.kind() == Statistic.Kind.MEAN
                        ? OptionalDouble.of(ExactSum.value(total.sum) / total.count)
                        : OptionalDouble.of(sketch.valueAtRank(statistic.percentile()));
            }
            default -> throw new IllegalStateException("not bucketed: " + part.family());
        };
    }

    private OptionalDouble aggregate(Cell total) {
        if (part.metric() instanceof CountMetric) {
            return OptionalDouble.of(total.count);
        }
        if (part.metric() instanceof SumMetric) {
            return OptionalDouble.of(ExactSum.value(total.sum));
        }
        if (part.metric() instanceof AverageMetric) {
            return OptionalDouble.of(ExactSum.value(total.sum) / total.count);
        }
        if (part.metric() instanceof MinMetric) {
            return OptionalDouble.of(total.min);
        }
        if (part.metric() instanceof MaxMetric) {
            return OptionalDouble.of(total.max);
        }
        throw new IllegalStateException("not an aggregate: " + part.metric().type());
    }

    /** A count as a value: 0 is "no value" unless the part is summed inside a ratio. */
    private OptionalDouble finish(long count) {
        if (count > 0) {
            return OptionalDouble.of(count);
        }
        return zeroWhenEmpty ? OptionalDouble.of(0) : OptionalDouble.empty();
    }

    private OptionalDouble retention(long instant, long latestCompleteDay) {
        return ratioOf(cohortDaysAt(instant));
    }

    private OptionalDouble conversion(long instant) {
        return ratioOf(cohortDaysAt(instant));
    }

    private static OptionalDouble ratioOf(java.util.List<long[]> days) {
        long size = 0;
        long kept = 0;
        for (long[] day : days) {
            size += day[1];
            kept += day[2];
        }
        return size == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) kept / size);
    }

    /**
     * The cohort (retention) or entry (conversion) days a reading at {@code instant} sums, newest
     * first, as {@code [day number, members or entrants, retained or converted]}: the {@code
     * cohorts} latest mature days that hold anyone (a day without users is no cohort).
     */
    public java.util.List<long[]> cohortDaysAt(long instant) {
        java.util.List<long[]> days = new java.util.ArrayList<>();
        for (long[] day : matureDays(instant)) {
            if (days.size() == cohorts()) {
                break;
            }
            days.add(day);
        }
        return days;
    }

    private int cohorts() {
        return part.metric() instanceof RetentionMetric r
                ? r.cohorts()
                : ((ConversionMetric) part.metric()).cohorts();
    }

    /** Every mature cohort or entry day that holds users at {@code instant}, newest first. */
    public java.util.List<long[]> matureDays(long instant) {
        java.util.List<long[]> days = new java.util.ArrayList<>();
        long latestComplete = grid.calendar().dayNumber(instant) - 1;
        if (part.metric() instanceof RetentionMetric metric) {
            long lastReturnDay = grid.calendar().dayNumber(instant - 1);
            for (Map.Entry<Long, Cell> e :
                    cells.headMap(latestComplete - metric.day(), true).descendingMap().entrySet()) {
                long cohort = e.getKey();
                if (e.getValue().count <= 0) {
                    continue;
                }
                long kept = 0;
                for (long r :
                        retained.subMap(
                                        retainedKey(cohort, cohort),
                                        true,
                                        retainedKey(cohort, lastReturnDay),
                                        true)
                                .values()) {
                    kept += r;
                }
                days.add(new long[] {cohort, e.getValue().count, kept});
            }
        } else {
            long within = ((ConversionMetric) part.metric()).within().toMillis();
            for (Map.Entry<Long, Cell> e :
                    cells.headMap(latestComplete, true).descendingMap().entrySet()) {
                Cell cell = e.getValue();
                // Mature once every entrant's within has passed (SPEC §4), judged per entrant.
                if (cell.count > 0 && cell.times[cell.times.length - 1] + within <= instant) {
                    days.add(new long[] {e.getKey(), cell.count, cell.a});
                }
            }
        }
        return days;
    }
}
