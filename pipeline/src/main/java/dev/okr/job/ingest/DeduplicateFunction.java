package dev.okr.job.ingest;

import dev.okr.connectors.kafka.SegmentEvent;
import dev.okr.health.EventCount;
import dev.okr.health.HealthReporter;
import dev.okr.health.HealthSettings;
import dev.okr.health.PipelineHealth;
import java.time.Duration;
import java.util.BitSet;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Lets the first event of each dedup key through and drops (and counts) later ones, for at least
 * the horizon (7 days) of event time after the first one's event time.
 *
 * <p>Keyed by {@link #BUCKETS} buckets of dedup keys ({@link Bucket}), not by the dedup key itself:
 * a bucket holds the keys it has seen with their expiry, and one event-time timer per bucket sweeps
 * out expired keys every 2 days of event time. One timer per event (the obvious design) made timer
 * bookkeeping the most expensive part of ingestion. A key is forgotten between 7 and 9 days after
 * its event time; when a bucket empties, its state and timer go, so state returns to zero. A
 * duplicate arriving after that is more than 48 hours behind the watermark and was rejected as too
 * late before it got here: an event never counts twice.
 *
 * <p>How a bucket keeps its keys depends on the state backend ({@link DedupState}). The number of
 * buckets is part of the state layout: changing it needs a fresh start.
 */
final class DeduplicateFunction extends KeyedProcessFunction<Integer, SegmentEvent, SegmentEvent> {

    private static final long serialVersionUID = 1L;

    /** Buckets of dedup keys. */
    static final int BUCKETS = 1 << 14;

    /**
     * How often a bucket is swept, in event time: keys live between the horizon and the horizon
     * plus this. Longer sweeps iterate fewer entries per event and keep more state.
     */
    static final long SWEEP_MILLIS = Duration.ofDays(2).toMillis();

    private final long horizonMillis;
    private final DedupState layout;
    private final HealthSettings health;

    private transient SeenKeys seen;
    private transient ValueState<Long> nextSweep;
    // A cache of "this bucket has a sweep scheduled" (nextSweep is set), to save a state look-up
    // per new key. Not checkpointed: after a restore it starts empty and is refilled from state.
    private transient BitSet swept;
    private transient EventCount duplicates;
    private transient EventCount accepted;

    DeduplicateFunction(Duration horizon, DedupState layout, HealthSettings health) {
        this.horizonMillis = horizon.toMillis();
        this.layout = layout;
        this.health = health;
    }

    @Override
    public void open(OpenContext context) {
        HealthReporter.start(health);
        seen = layout.open(getRuntimeContext());
        nextSweep =
                getRuntimeContext()
                        .getState(new ValueStateDescriptor<>("dedup-next-sweep", Types.LONG));
        swept = new BitSet(BUCKETS);
        duplicates = PipelineHealth.duplicates();
        accepted = PipelineHealth.accepted();
    }

    @Override
    public void processElement(SegmentEvent event, Context ctx, Collector<SegmentEvent> out)
            throws Exception {
        long expires = saturatedAdd(event.timestampMillis(), horizonMillis);
        if (!seen.add(event.dedupKey(), expires)) {
            duplicates.increment();
            return;
        }
        int bucket = ctx.getCurrentKey();
        if (!swept.get(bucket) && nextSweep.value() == null) {
            schedule(ceilToSweep(expires), ctx.timerService());
        }
        swept.set(bucket);
        accepted.increment();
        out.collect(event);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<SegmentEvent> out)
            throws Exception {
        long earliest = seen.forgetExpired(timestamp);
        if (earliest == Long.MAX_VALUE) {
            nextSweep.clear();
            swept.clear(ctx.getCurrentKey());
        } else {
            schedule(
                    Math.max(ceilToSweep(earliest), saturatedAdd(timestamp, SWEEP_MILLIS)),
                    ctx.timerService());
        }
    }

    private void schedule(long time, org.apache.flink.streaming.api.TimerService timers)
            throws Exception {
        nextSweep.update(time);
        timers.registerEventTimeTimer(time);
    }

    private static long ceilToSweep(long t) {
        long floor = Math.floorDiv(t, SWEEP_MILLIS) * SWEEP_MILLIS;
        return floor == t ? t : saturatedAdd(floor, SWEEP_MILLIS);
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }

    /** The bucket of an event's dedup key. */
    static final class Bucket implements KeySelector<SegmentEvent, Integer> {
        private static final long serialVersionUID = 1L;

        @Override
        public Integer getKey(SegmentEvent event) {
            return event.dedupKey().hashCode() & (BUCKETS - 1);
        }
    }
}
