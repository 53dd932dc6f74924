package dev.okr.metric;

import dev.okr.metric.internal.ActivityTracker;
import dev.okr.metric.internal.ConversionTracker;
import dev.okr.metric.internal.DurationTracker;
import dev.okr.metric.internal.Emitter;
import dev.okr.metric.internal.FunnelState;
import dev.okr.metric.internal.PerKeyState;
import dev.okr.metric.internal.RetentionState;
import dev.okr.metric.internal.RetentionTracker;
import dev.okr.okrfile.metric.ConversionMetric;
import dev.okr.okrfile.metric.DurationMetric;
import dev.okr.okrfile.metric.RetentionMetric;
import dev.okr.okrfile.metric.Window;
import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.TimerService;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The per-key stage: keyed by identity (or by a duration's key property), it keeps what distinct
 * users, cohorts, conversions and durations need to know about one key, and sends the key result
 * stage only what changed.
 *
 * <p>State per key and part, all of a key's in one value ({@link KeyState}): activity buckets or
 * days, a retention state, or a funnel state. Details no late event can change any more are pruned
 * as the watermark moves; everything goes once no reading can need it (the window's end, or the
 * period's end for "first ever" facts, plus the allowed lateness), by event-time timers, so a key
 * leaves no state behind. An identity that never joined a cohort goes as soon as no cohort can
 * count its returns: most identities are visitors seen once, and keeping each for the period made
 * state grow with traffic, not with users.
 */
public final class PerKeyFunction extends KeyedProcessFunction<String, Signal, Contribution>
        implements CheckpointedFunction {

    private static final long serialVersionUID = 1L;

    /** The grid of event time that cleanup timers are rounded up to. */
    private static final long CLEANUP_STEP = Duration.ofDays(7).toMillis();

    /** {@link #apply}'s answer when the event added nothing that needs a cleanup timer. */
    private static final long NO_TIMER = Long.MIN_VALUE;

    private final MetricPlan plan;
    private final long lateness;
    private transient WindowGrid[] grids;
    private transient int[] retentionParts;
    private transient KeyState state;
    private transient boolean restored;

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
        Family[] families = new Family[plan.parts().size()];
        for (Part part : plan.parts()) {
            families[part.id()] = part.family();
        }
        retentionParts =
                plan.parts().stream()
                        .filter(p -> p.family() == Family.RETENTION)
                        .mapToInt(Part::id)
                        .toArray();
        state = new KeyState(getRuntimeContext(), families, restored);
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
        // A key has at most two timers: the period's end for state kept for the period, and the
        // latest cleanup of the rest. A state that could go earlier waits for the later timer: a
        // new identity's first event (most keys are visitors seen once) would otherwise register
        // and later fire a timer for each window its parts use, and a key active every day a timer
        // for each week of its windows.
        long latest = Long.MIN_VALUE;
        boolean forThePeriod = false;
        state.begin();
        for (int i = 0; i < signal.size(); i++) {
            Part part = plan.part(signal.parts[i]);
            long cleanup = apply(part, signal.role(i), signal.passes[i], signal.time, settled, out);
            if (cleanup == NO_TIMER) {
                // Whatever this event touched was added by an earlier event of the same day (or
                // window), which saw to a timer for it: registering costs a hash-set insert.
                continue;
            }
            if (cleanup == periodDone) {
                forThePeriod = true;
            } else {
                latest = Math.max(latest, cleanup);
            }
        }
        if (latest != Long.MIN_VALUE) {
            cleanUpNoEarlierThan(latest, ctx.timerService());
        }
        state.end();
        if (forThePeriod) {
            ctx.timerService().registerEventTimeTimer(periodDone);
        }
    }

    /**
     * Moves the key's cleanup timer to {@code time} if it would fire earlier (or the key has none):
     * a key has one cleanup timer, not one for each week its state could be tidied in. State that
     * could have gone earlier waits: an event prunes the parts it touches anyway, and a key that
     * went quiet is tidied once, when all of it can go. The period's end has a timer of its own,
     * which is never moved.
     */
    private void cleanUpNoEarlierThan(long time, TimerService timers) throws Exception {
        if (time == plan.periodEnd() + lateness) {
            timers.registerEventTimeTimer(time);
            return;
        }
        long pending = state.cleanupTimer();
        if (pending >= time) {
            return;
        }
        if (pending != PerKeyState.NO_TIMER) {
            timers.deleteEventTimeTimer(pending);
        }
        timers.registerEventTimeTimer(time);
        state.setCleanupTimer(time);
    }

    /**
     * One part's state after the event: updated, pruned, and its changes sent on.
     *
     * @return when a cleanup timer must look at the part's state again, if the event added state
     *     that needs one (an activity bucket or day not there before, the part's first state for
     *     this key, or an identity's first cohort); else {@link #NO_TIMER}
     */
    private long apply(
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
                long[] before = state.activity(part.id());
                long[] after =
                        ActivityTracker.onActivity(
                                before == null ? new long[0] : before, time, grid, emit);
                if (after == before) {
                    return NO_TIMER;
                }
                state.setActivity(part.id(), ActivityTracker.prune(after, settled, grid));
                return cleanupTime(activityEnd(part, time, grid));
            }
            case RETENTION -> {
                RetentionMetric metric = (RetentionMetric) part.metric();
                RetentionState before = state.retention(part.id());
                boolean hadCohort = before != null && before.hasCohort();
                RetentionState s = before == null ? new RetentionState() : before;
                if (role == Role.COHORT) {
                    RetentionTracker.onCohortEvent(s, time, passes, metric, grid.calendar(), emit);
                } else {
                    RetentionTracker.onReturnEvent(s, time, metric, grid.calendar(), emit);
                }
                RetentionTracker.prune(s, settled, metric, grid.calendar());
                state.setRetention(part.id(), s);
                if (before != null && hadCohort == s.hasCohort()) {
                    return NO_TIMER;
                }
                return s.hasCohort()
                        ? cleanupTime(forThePeriod(time, grid))
                        : cleanupTime(grid.calendar().dayEnd(time));
            }
            case CONVERSION -> {
                long within = ((ConversionMetric) part.metric()).within().toMillis();
                FunnelState before = state.funnel(part.id());
                FunnelState s = before == null ? new FunnelState() : before;
                if (role == Role.FROM) {
                    ConversionTracker.onFrom(s, time, passes, within, grid.calendar(), emit);
                } else {
                    ConversionTracker.onTo(s, time, within, grid.calendar(), emit);
                }
                ConversionTracker.prune(s, settled);
                state.setFunnel(part.id(), s);
                return before == null ? cleanupTime(forThePeriod(time, grid)) : NO_TIMER;
            }
            case DURATION -> {
                DurationMetric metric = (DurationMetric) part.metric();
                FunnelState before = state.funnel(part.id());
                FunnelState s = before == null ? new FunnelState() : before;
                if (role == Role.FROM) {
                    DurationTracker.onFrom(s, time, passes, metric, grid, emit);
                } else {
                    DurationTracker.onTo(s, time, metric, grid, emit);
                }
                DurationTracker.prune(s, settled);
                state.setFunnel(part.id(), s);
                return before == null ? cleanupTime(forThePeriod(time, grid)) : NO_TIMER;
            }
            default -> throw new IllegalStateException("not kept per key: " + part.family());
        }
    }

    /**
     * The time before which no event can arrive any more: the watermark minus the allowed lateness;
     * before the first watermark, the beginning of time (not an overflow).
     */
    private long settled(long watermark) {
        return watermark == Long.MIN_VALUE ? Long.MIN_VALUE : watermark - lateness;
    }

    /** Until when an active-users part's bucket or day of {@code time} can change a reading. */
    private long activityEnd(Part part, long time, WindowGrid grid) {
        if (part.window() == Window.PERIOD) {
            return plan.periodEnd();
        }
        if (grid.trailingDays() > 0) {
            return grid.calendar()
                    .startOfDay(grid.calendar().dayNumber(time) + grid.trailingDays());
        }
        return grid.windowEnd(time);
    }

    /** "First" facts (a cohort, a funnel's entry, a duration's one sample) hold for the period. */
    private long forThePeriod(long time, WindowGrid grid) {
        return Math.max(plan.periodEnd(), grid.calendar().dayEnd(time));
    }

    /**
     * When state that matters {@code until} then can be looked at again, pruned or dropped: once no
     * event before it can arrive.
     */
    private long cleanupTime(long until) {
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
        state.begin();
        if (state.cleanupTimer() == timestamp) {
            state.setCleanupTimer(PerKeyState.NO_TIMER);
        }
        if (settled >= plan.periodEnd()) {
            state.clear();
        } else {
            pruneActivity(settled);
            forgetIdentitiesWithoutCohort(settled, ctx);
        }
        state.end();
    }

    /** Drops the activity buckets and days of every active-users part that no event can change. */
    private void pruneActivity(long settled) throws Exception {
        for (Part part : plan.parts()) {
            long[] kept = part.family() == Family.ACTIVE_USERS ? state.activity(part.id()) : null;
            if (kept == null) {
                continue;
            }
            long[] pruned = ActivityTracker.prune(kept, settled, grids[part.id()]);
            if (pruned != kept) {
                state.setActivity(part.id(), pruned);
            }
        }
    }

    /**
     * Drops the retention state of parts where this identity has no cohort, once no cohort can
     * count its returns any more (a cohort event can no longer come early enough); where a return
     * could still count, looks again after that day.
     */
    private void forgetIdentitiesWithoutCohort(long settled, OnTimerContext ctx) throws Exception {
        for (int id : retentionParts) {
            RetentionState s = state.retention(id);
            if (s == null || s.hasCohort()) {
                continue;
            }
            RetentionMetric metric = (RetentionMetric) plan.part(id).metric();
            ZonedCalendar cal = grids[id].calendar();
            RetentionTracker.prune(s, settled, metric, cal);
            if (s.returnDays.length == 0) {
                state.setRetention(id, null);
                continue;
            }
            state.setRetention(id, s);
            long lastDay = s.returnDays[s.returnDays.length - 1];
            cleanUpNoEarlierThan(cleanupTime(cal.startOfDay(lastDay + 1)), ctx.timerService());
        }
    }
}
