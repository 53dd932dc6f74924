package dev.okr.job.ingest;

import dev.okr.connectors.kafka.RejectReason;
import dev.okr.connectors.kafka.SegmentEvent;
import dev.okr.connectors.kafka.SegmentRecord;
import dev.okr.connectors.kafka.internal.SegmentRecordTypeInfoFactory;
import dev.okr.health.EventCount;
import dev.okr.health.HealthReporter;
import dev.okr.health.HealthSettings;
import dev.okr.health.PipelineHealth;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Right behind the Kafka source, in the same task: passes each valid event on without its record's
 * bytes, and sends every rejected record to the {@link #DEAD_LETTERS} side output, including a
 * valid event more than 48 hours of event time behind the current watermark ({@code too_late}). In
 * a bounded run, events after the as-of instant are dropped (counted, not dead-lettered).
 *
 * <p>Lateness is measured against the later of this source subtask's watermark and the newest event
 * time seen so far in the record's partition minus the out-of-orderness bound. The second is what
 * makes a bounded run deterministic: the watermark is emitted periodically, so during a fast replay
 * it lags by an amount that depends on speed, and an event three days late could pass or not from
 * one run to the next; the partition's own high-water mark depends only on the records before it.
 * Neither is ever ahead of the watermark of an operator downstream, so an event let through is
 * never more than 48 hours late for the windows.
 */
final class RecordRouter extends ProcessFunction<SegmentRecord, SegmentEvent> {

    private static final long serialVersionUID = 1L;

    /** Rejected records, bound for the dead-letter topic. */
    static final OutputTag<SegmentRecord> DEAD_LETTERS =
            new OutputTag<>("dead-letters", SegmentRecordTypeInfoFactory.TYPE);

    private final long allowedLatenessMillis;
    private final long outOfOrdernessMillis;
    private final long asOfMillis;
    private final HealthSettings health;

    private transient EventCount eventsIn;
    private transient EventCount tooLate;
    private transient EventCount afterAsOf;
    private transient AtomicLong watermarkSlot;

    /**
     * Newest event time per partition of this subtask; rebuilt from the records after a restart.
     */
    private transient java.util.Map<Integer, Long> newestByPartition;

    RecordRouter(
            Duration allowedLateness,
            Duration outOfOrderness,
            Instant asOf,
            HealthSettings health) {
        this.allowedLatenessMillis = allowedLateness.toMillis();
        this.outOfOrdernessMillis = outOfOrderness.toMillis();
        this.asOfMillis = asOf == null ? Long.MAX_VALUE : asOf.toEpochMilli();
        this.health = health;
    }

    @Override
    public void open(OpenContext context) {
        HealthReporter.start(health);
        eventsIn = PipelineHealth.eventsIn();
        tooLate = PipelineHealth.rejected(RejectReason.TOO_LATE);
        afterAsOf = PipelineHealth.afterAsOf();
        newestByPartition = new java.util.HashMap<>();
        watermarkSlot =
                PipelineHealth.watermarkSlot(
                        getRuntimeContext().getTaskInfo().getIndexOfThisSubtask());
    }

    @Override
    public void processElement(SegmentRecord record, Context ctx, Collector<SegmentEvent> out) {
        eventsIn.increment();
        if (record.isRejected()) {
            PipelineHealth.rejected(record.reason()).increment();
            ctx.output(DEAD_LETTERS, record);
            return;
        }
        SegmentEvent event = record.event();
        long watermark = ctx.timerService().currentWatermark();
        watermarkSlot.lazySet(watermark);
        long newest =
                newestByPartition.merge(record.partition(), event.timestampMillis(), Math::max);
        long reference = Math.max(watermark, newest - outOfOrdernessMillis);
        if (reference != Long.MIN_VALUE
                && event.timestampMillis() < reference - allowedLatenessMillis) {
            tooLate.increment();
            ctx.output(
                    DEAD_LETTERS,
                    record.reject(RejectReason.TOO_LATE, tooLateDetail(event, reference)));
            return;
        }
        if (event.timestampMillis() > asOfMillis) {
            afterAsOf.increment();
            return;
        }
        out.collect(event);
    }

    private static String tooLateDetail(SegmentEvent event, long watermark) {
        Duration behind = Duration.ofMillis(watermark - event.timestampMillis());
        return "the event time "
                + event.timestamp()
                + " is "
                + behind.toHours()
                + " h "
                + behind.toMinutesPart()
                + " min behind the watermark "
                + Instant.ofEpochMilli(watermark)
                + ", more than the 48 hours allowed";
    }
}
