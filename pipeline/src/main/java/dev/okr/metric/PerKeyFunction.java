package dev.okr.metric;

import dev.okr.metric.internal.ActivityTracker;
import dev.okr.metric.internal.ConversionTracker;
import dev.okr.metric.internal.DurationTracker;
import dev.okr.metric.internal.Emitter;
import dev.okr.metric.internal.FunnelState;
import dev.okr.metric.internal.RetentionState;
import dev.okr.metric.internal.RetentionTracker;
import dev.okr.okrfile.metric.ConversionMetric;
import dev.okr.okrfile.metric.DurationMetric;
import dev.okr.okrfile.metric.RetentionMetric;
import dev.okr.okrfile.metric.Window;
import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The per-key stage: keyed by identity (or by a duration's key property), it keeps what distinct
 * users, cohorts, conversions and durations need to know about one key, and sends the key result
 * stage only what changed.
 *
 * <p>State per key and part: activity buckets or days, a retention state, or a funnel state.
 * Details no late event can change any more are pruned as the watermark moves; everything goes once
 * no reading can need it (the window's end, or the period's end for "first ever" facts, plus the
 * allowed lateness), by event-time timers, so a key leaves no state behind.
 */
public final class PerKeyFunction extends KeyedProcessFunction<String, Signal, Contribution>
        implements CheckpointedFunction {

    private static final long serialVersionUID = 1L;

    /** The grid of event time that cleanup timers are rounded up to. */
    private static final long CLEANUP_STEP = Duration.ofDays(7).toMillis();

    private final MetricPlan plan;
    private final long lateness;
    private transient WindowGrid[] grids;
    private transient KeyActivity activity;
    private transient boolean restored;
    private transient MapState<Integer, RetentionState> retention;
    private transient MapState<Integer, FunnelState> funnels;

    /**
     * Whether map state keeps the object it was given, so that a retention or funnel state changed
     * in place is in the state already (the heap backend: it hands out its own object, or a copy
     * while a checkpoint still reads the old one). Learnt at the first put; until then, and on
     * other backends, each change is put back.
     */
    private transient boolean keepsReference;

    public PerKeyFunction(MetricPlan plan, Duration lateness) {
        this.plan = plan;
        this.lateness = lateness.toMillis();
    }

    @Override
    public void open(OpenContext context) {
        grids = new WindowGrid[plan.parts().size()];
        for (Part part : plan.parts()) {
            grids[part.id()] = KeyResultReader.gridOf(plan.keyResult(part.keyResult()), plan);
        }
        boolean[] activeUsers = new boolean[plan.parts().size()];
        for (Part part : plan.parts()) {
            activeUsers[part.id()] = part.family() == Family.ACTIVE_USERS;
        }
        activity = new KeyActivity(getRuntimeContext(), activeUsers, restored);
        retention =
                getRuntimeContext()
                        .getMapState(
                                new MapStateDescriptor<>(
                                        "retention",
                                        Types.INT,
                                        TypeInformation.of(RetentionState.class)));
        funnels =
                getRuntimeContext()
                        .getMapState(
                                new MapStateDescriptor<>(
                                        "funnels",
                                        Types.INT,
                                        TypeInformation.of(FunnelState.class)));
    }

    /**
     * Called before {@link #open}: whether there may be state of an earlier layout to take over.
     */
    @Override
    public void initializeState(FunctionInitializationContext context) {
        restored = context.isRestored();
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) {
        // Keyed state only: Flink snapshots it.
    }

    @Override
    public void processElement(Signal signal, Context ctx, Collector<Contribution> out)
            throws Exception {
        long settled = settled(ctx.timerService().currentWatermark());
        long periodDone = plan.periodEnd() + lateness;
        // At most two timers per event: the period's end for state kept for the period, and the
        // latest cleanup of the rest. A state that could go earlier waits for the later timer: a
        // new identity's first event (most keys are visitors seen once) would otherwise register
        // and later fire a timer for each window its parts use.
        long latest = Long.MIN_VALUE;
        boolean forThePeriod = false;
        activity.begin();
        for (int i = 0; i < signal.size(); i++) {
            Part part = plan.part(signal.parts[i]);
            boolean added =
                    apply(part, signal.role(i), signal.passes[i], signal.time, settled, out);
            if (!added) {
                // Whatever this event touched was added by an earlier event of the same day (or
                // window), which registered a timer for it: registering costs a hash-set insert.
                continue;
            }
            long cleanup = cleanupTime(part, signal.time, grids[part.id()]);
            if (cleanup == periodDone) {
                forThePeriod = true;
            } else {
                latest = Math.max(latest, cleanup);
            }
        }
        activity.end();
        if (latest != Long.MIN_VALUE) {
            ctx.timerService().registerEventTimeTimer(latest);
        }
        if (forThePeriod) {
            ctx.timerService().registerEventTimeTimer(periodDone);
        }
    }

    /**
     * One part's state after the event: updated, pruned, and its changes sent on.
     *
     * @return whether the event added state that needs a cleanup timer: an activity bucket or day
     *     not there before, or the part's first state for this key
     */
    private boolean apply(
            Part part,
            Role role,
            boolean passes,
            long time,
            long settled,
            Collector<Contribution> out)
            throws Exception {
        Emitter emit =
                (kind, bucket, second, count, value) ->
                        out.collect(
                                new Contribution(
                                        part.keyResult(),
                                        part.id(),
                                        kind,
                                        bucket,
                                        second,
                                        count,
                                        value));
        WindowGrid grid = grids[part.id()];
        switch (part.family()) {
            case ACTIVE_USERS -> {
                long[] before = activity.get(part.id());
                long[] after =
                        ActivityTracker.onActivity(
                                before == null ? new long[0] : before, time, grid, emit);
                if (after == before) {
                    return false;
                }
                activity.set(part.id(), ActivityTracker.prune(after, settled, grid));
                return true;
            }
            case RETENTION -> {
                RetentionMetric metric = (RetentionMetric) part.metric();
                RetentionState before = retention.get(part.id());
                RetentionState s = before == null ? new RetentionState() : before;
                if (role == Role.COHORT) {
                    RetentionTracker.onCohortEvent(s, time, passes, metric, grid.calendar(), emit);
                } else {
                    RetentionTracker.onReturnEvent(s, time, metric, grid.calendar(), emit);
                }
                RetentionTracker.prune(s, settled, metric, grid.calendar());
                if (before == null || !keepsReference) {
                    retention.put(part.id(), s);
                    keepsReference = retention.get(part.id()) == s;
                }
                return before == null;
            }
            case CONVERSION -> {
                long within = ((ConversionMetric) part.metric()).within().toMillis();
                FunnelState before = funnels.get(part.id());
                FunnelState s = before == null ? new FunnelState() : before;
                if (role == Role.FROM) {
                    ConversionTracker.onFrom(s, time, passes, within, grid.calendar(), emit);
                } else {
                    ConversionTracker.onTo(s, time, within, grid.calendar(), emit);
                }
                ConversionTracker.prune(s, settled);
                putFunnel(part, before, s);
                return before == null;
            }
            case DURATION -> {
                DurationMetric metric = (DurationMetric) part.metric();
                FunnelState before = funnels.get(part.id());
                FunnelState s = before == null ? new FunnelState() : before;
                if (role == Role.FROM) {
                    DurationTracker.onFrom(s, time, passes, metric, grid, emit);
                } else {
                    DurationTracker.onTo(s, time, metric, grid, emit);
                }
                DurationTracker.prune(s, settled);
                putFunnel(part, before, s);
                return before == null;
            }
            default -> throw new IllegalStateException("not kept per key: " + part.family());
        }
    }

    private void putFunnel(Part part, FunnelState before, FunnelState after) throws Exception {
        if (before == null || !keepsReference) {
            funnels.put(part.id(), after);
            keepsReference = funnels.get(part.id()) == after;
        }
    }

    /**
     * The time before which no event can arrive any more: the watermark minus the allowed lateness;
     * before the first watermark, the beginning of time (not an overflow).
     */
    private long settled(long watermark) {
        return watermark == Long.MIN_VALUE ? Long.MIN_VALUE : watermark - lateness;
    }

    /** When the key's state for this part can be looked at again: pruned, or dropped. */
    private long cleanupTime(Part part, long time, WindowGrid grid) {
        long until =
                switch (part.family()) {
                    case ACTIVE_USERS ->
                            part.window() == Window.PERIOD
                                    ? plan.periodEnd()
                                    : grid.trailingDays() > 0
                                            ? grid.calendar()
                                                    .startOfDay(
                                                            grid.calendar().dayNumber(time)
                                                                    + grid.trailingDays())
                                            : grid.windowEnd(time);
                    // "First" facts (cohort, entry, a duration's one sample) hold for the period.
                    default -> Math.max(plan.periodEnd(), grid.calendar().dayEnd(time));
                };
        long due = until + lateness;
        long periodDone = plan.periodEnd() + lateness;
        // Rounded up to a week of event time, so that a key active every day has a timer a week,
        // not one a day: registering and firing timers was the largest cost of this stage. A key's
        // state is pruned whenever it changes anyway; the timer only tidies up a key that went
        // quiet, at most a week later than it could. The period's end is never passed.
        long rounded = Math.floorDiv(due + CLEANUP_STEP - 1, CLEANUP_STEP) * CLEANUP_STEP;
        return due <= periodDone ? Math.min(rounded, periodDone) : rounded;
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<Contribution> out)
            throws Exception {
        long settled = settled(ctx.timerService().currentWatermark());
        boolean periodOver = settled >= plan.periodEnd();
        activity.begin();
        for (Part part : plan.parts()) {
            long[] kept = part.family() == Family.ACTIVE_USERS ? activity.get(part.id()) : null;
            if (kept == null) {
                continue;
            }
            long[] pruned = ActivityTracker.prune(kept, settled, grids[part.id()]);
            if (periodOver) {
                activity.set(part.id(), null);
            } else if (pruned != kept) {
                activity.set(part.id(), pruned);
            }
        }
        activity.end();
        if (periodOver) {
            retention.clear();
            funnels.clear();
        }
    }
}
