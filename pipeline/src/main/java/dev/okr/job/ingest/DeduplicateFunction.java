package dev.okr.job.ingest;

import dev.okr.connectors.kafka.SegmentEvent;
import dev.okr.health.HealthReporter;
import dev.okr.health.HealthSettings;
import dev.okr.health.PipelineHealth;
import io.micrometer.core.instrument.Counter;
import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Lets the first event of each dedup key through and drops (and counts) later ones, for the horizon
 * (7 days) of event time after the first one's event time.
 *
 * <p>Keyed by {@link SegmentEvent#dedupKey()}. The state of a key is one timestamp, cleared by an
 * event-time timer when the watermark passes the end of the horizon, so state does not grow without
 * bound. A duplicate arriving after that is more than 48 hours behind the watermark and was
 * rejected as too late before it got here: an event never counts twice.
 */
final class DeduplicateFunction extends KeyedProcessFunction<String, SegmentEvent, SegmentEvent> {

    private static final long serialVersionUID = 1L;

    private final long horizonMillis;
    private final HealthSettings health;

    private transient ValueState<Long> expiry;
    private transient Counter duplicates;
    private transient Counter accepted;

    DeduplicateFunction(Duration horizon, HealthSettings health) {
        this.horizonMillis = horizon.toMillis();
        this.health = health;
    }

    @Override
    public void open(OpenContext context) {
        HealthReporter.start(health);
        expiry =
                getRuntimeContext()
                        .getState(new ValueStateDescriptor<>("dedup-expiry", Types.LONG));
        duplicates = PipelineHealth.duplicates();
        accepted = PipelineHealth.accepted();
    }

    @Override
    public void processElement(SegmentEvent event, Context ctx, Collector<SegmentEvent> out)
            throws Exception {
        if (expiry.value() != null) {
            duplicates.increment();
            return;
        }
        long expires = saturatedAdd(event.timestampMillis(), horizonMillis);
        expiry.update(expires);
        ctx.timerService().registerEventTimeTimer(expires);
        accepted.increment();
        out.collect(event);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<SegmentEvent> out) {
        expiry.clear();
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }
}
