package dev.okr.metric;

import dev.okr.metric.internal.Cells;
import dev.okr.okrfile.metric.ConversionMetric;
import dev.okr.okrfile.metric.Metric;
import dev.okr.okrfile.metric.RetentionMetric;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.TimeDomain;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * The per-key-result stage: keyed by key result, it aggregates contributions per time bucket and
 * reads the key result at its reading instants (every hour end for {@code hour} windows, every day
 * end otherwise, and the as-of instant of a bounded run), when the watermark passes them. A
 * contribution that lands before instants already read (a late event) marks them, and they are read
 * again on the next watermark: the same instants, so the points they become are overwritten. Window
 * values for {@code okr_metric} go to {@link #WINDOWS}.
 *
 * <p>State: per part, cells by bucket (bounded by the period and its lookback in days or hours, not
 * by users), and the reading schedule; all of it is cleared once the watermark passes the period's
 * end plus the allowed lateness.
 */
public final class KeyResultFunction extends KeyedProcessFunction<Integer, Contribution, Reading> {

    private static final long serialVersionUID = 1L;

    public static final OutputTag<WindowValue> WINDOWS = new OutputTag<>("metric-windows") {};

    private final MetricPlan plan;
    private final long lateness;
    private final long liveInterval;
    private transient List<MapState<Long, Cell>> cells;
    private transient MapState<Long, Long> retained;
    private transient ValueState<Long> nextInstant;
    private transient ValueState<Long> lastRead;
    private transient ValueState<Long> dirtyFrom;

    /**
     * @param liveInterval in a live run, how often (wall clock) the key result is also read at the
     *     current watermark, for live values between its fixed instants; zero for never
     */
    public KeyResultFunction(MetricPlan plan, Duration lateness, Duration liveInterval) {
        this.plan = plan;
        this.lateness = lateness.toMillis();
        this.liveInterval = plan.bounded() ? 0 : liveInterval.toMillis();
    }

    @Override
    public void open(OpenContext context) {
        cells = new ArrayList<>();
        for (String name : List.of("cells-0", "cells-1")) {
            cells.add(
                    getRuntimeContext()
                            .getMapState(
                                    new MapStateDescriptor<>(
                                            name, Types.LONG, TypeInformation.of(Cell.class))));
        }
        retained =
                getRuntimeContext()
                        .getMapState(new MapStateDescriptor<>("retained", Types.LONG, Types.LONG));
        nextInstant = value("next-instant");
        lastRead = value("last-read");
        dirtyFrom = value("dirty-from");
    }

    private ValueState<Long> value(String name) {
        return getRuntimeContext().getState(new ValueStateDescriptor<>(name, Types.LONG));
    }

    @Override
    public void processElement(Contribution c, Context ctx, Collector<Reading> out)
            throws Exception {
        KeyResultPlan kr = plan.keyResult(c.keyResult);
        if (nextInstant.value() == null) {
            nextInstant.update(plan.periodStart());
            ctx.timerService().registerEventTimeTimer(plan.periodStart());
            ctx.timerService().registerEventTimeTimer(plan.periodEnd() + lateness);
            if (liveInterval > 0) {
                ctx.timerService()
                        .registerProcessingTimeTimer(
                                ctx.timerService().currentProcessingTime() + liveInterval);
            }
        }
        if (c.kind == Contribution.INIT) {
            return;
        }
        int slot = kr.parts().indexOf(c.part);
        if (c.kind == Contribution.RETAINED) {
            long key = Cells.keyOf(c);
            Long count = retained.get(key);
            long updated = (count == null ? 0 : count) + c.count;
            if (updated == 0) {
                retained.remove(key);
            } else {
                retained.put(key, updated);
            }
        } else if (c.kind == Contribution.SPAN_COVERED) {
            // A run of span ends: each end's cell counts the identity.
            for (long end = c.bucket; end <= c.second; end++) {
                applyToCell(cells.get(slot), end, c);
            }
        } else {
            applyToCell(cells.get(slot), c.bucket, c);
        }
        Long last = lastRead.value();
        long affected = affectedFrom(c);
        if (last != null && affected < last) {
            Long dirty = dirtyFrom.value();
            dirtyFrom.update(dirty == null ? affected : Math.min(dirty, affected));
            ctx.timerService().registerEventTimeTimer(ctx.timerService().currentWatermark() + 1);
        }
    }

    private void applyToCell(MapState<Long, Cell> state, long bucket, Contribution c)
            throws Exception {
        Cell cell = state.get(bucket);
        if (cell == null) {
            cell = new Cell();
        }
        Cells.apply(cell, c, plan.part(c.part).family());
        if (cell.isEmpty()) {
            state.remove(bucket);
        } else {
            state.put(bucket, cell);
        }
    }

    /**
     * The instant after which readings can change with the contribution. Cohort and entry days
     * count only once mature, so a retention or conversion contribution about an old day changes no
     * reading from before that day's maturity.
     */
    private long affectedFrom(Contribution c) {
        ZonedCalendar cal = plan.calendar();
        Metric metric = plan.part(c.part).metric();
        return switch (c.kind) {
            case Contribution.SAMPLE, Contribution.FIRST_ACTIVITY, Contribution.DURATION ->
                    c.bucket;
            case Contribution.COHORT ->
                    cal.startOfDay(c.bucket + ((RetentionMetric) metric).day() + 1);
            case Contribution.RETAINED ->
                    Math.max(
                            cal.startOfDay(c.second),
                            cal.startOfDay(c.bucket + ((RetentionMetric) metric).day() + 1));
            // An entry day is read once complete and all its entrants' within has passed; a
            // conversion changes no reading before its entrant's within has passed.
            case Contribution.ENTRANT -> cal.startOfDay(c.bucket + 1);
            case Contribution.CONVERTED ->
                    Math.max(
                            cal.startOfDay(c.bucket + 1),
                            c.second + ((ConversionMetric) metric).within().toMillis());
            default -> cal.startOfDay(c.bucket);
        };
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<Reading> out)
            throws Exception {
        int index = ctx.getCurrentKey();
        KeyResultPlan kr = plan.keyResult(index);
        if (ctx.timeDomain() == TimeDomain.PROCESSING_TIME) {
            readLive(kr, ctx, out);
            return;
        }
        if (timestamp >= plan.periodEnd() + lateness) {
            clear();
            return;
        }
        KeyResultReader reader = reader(kr);
        Long dirty = dirtyFrom.value();
        Long last = lastRead.value();
        if (dirty != null && last != null) {
            // Instants are read from the period's start on: nothing before it is re-read.
            long from = Math.max(dirty, plan.periodStart() - 1);
            for (long e = following(kr, from); e <= last; e = following(kr, e)) {
                out.collect(reader.readingAt(e));
            }
            reader.windowsCompleting(from, last).forEach(w -> ctx.output(WINDOWS, w));
            dirtyFrom.clear();
        }
        Long next = nextInstant.value();
        if (next != null && next != Long.MAX_VALUE && next <= timestamp) {
            out.collect(reader.readingAt(next));
            long after = last == null ? next - 1 : last;
            reader.windowsCompleting(after, next).forEach(w -> ctx.output(WINDOWS, w));
            lastRead.update(next);
            long following = following(kr, next);
            if (following <= plan.lastInstant()) {
                nextInstant.update(following);
                ctx.timerService().registerEventTimeTimer(following);
            } else {
                nextInstant.update(Long.MAX_VALUE);
            }
        }
    }

    /**
     * A live reading at the watermark rounded up to the minute, between the fixed instants, so that
     * values of the open window and the period so far move on the boards.
     */
    private void readLive(KeyResultPlan kr, OnTimerContext ctx, Collector<Reading> out)
            throws Exception {
        long watermark = ctx.timerService().currentWatermark();
        if (watermark >= plan.periodEnd() + lateness) {
            return;
        }
        long minute = 60_000L;
        long instant = Math.floorDiv(watermark + minute - 1, minute) * minute;
        Long last = lastRead.value();
        Long next = nextInstant.value();
        if (last != null
                && instant > last
                && (next == null || instant < next)
                && instant <= plan.periodEnd()) {
            out.collect(reader(kr).readingAt(instant));
        }
        ctx.timerService()
                .registerProcessingTimeTimer(
                        ctx.timerService().currentProcessingTime() + liveInterval);
    }

    /** The reading instant after {@code t}: the next hour or day end, or the as-of instant. */
    private long following(KeyResultPlan kr, long t) {
        ZonedCalendar cal = plan.calendar();
        long next = kr.hourly() ? cal.hourEnd(t) : cal.dayEnd(t);
        long last = plan.lastInstant();
        return t < last && next > last ? last : next;
    }

    private KeyResultReader reader(KeyResultPlan kr) throws Exception {
        NavigableMap<Long, Long> retainedCounts = new TreeMap<>();
        for (Map.Entry<Long, Long> e : retained.entries()) {
            retainedCounts.put(e.getKey(), e.getValue());
        }
        List<PartReader> readers = new ArrayList<>();
        for (int slot = 0; slot < kr.parts().size(); slot++) {
            NavigableMap<Long, Cell> partCells = new TreeMap<>();
            for (Map.Entry<Long, Cell> e : cells.get(slot).entries()) {
                partCells.put(e.getKey(), e.getValue());
            }
            Part part = plan.part(kr.parts().get(slot));
            readers.add(
                    new PartReader(
                            part,
                            KeyResultReader.gridOf(kr, plan),
                            partCells,
                            retainedCounts,
                            kr.isRatio()));
        }
        return new KeyResultReader(kr, plan, readers);
    }

    private void clear() {
        cells.forEach(MapState::clear);
        retained.clear();
        nextInstant.clear();
        lastRead.clear();
        dirtyFrom.clear();
    }
}
