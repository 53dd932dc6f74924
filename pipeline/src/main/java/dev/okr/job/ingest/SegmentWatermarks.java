package dev.okr.job.ingest;

import dev.okr.connectors.kafka.SegmentRecord;
import java.time.Clock;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.util.clock.RelativeClock;

/**
 * The event-time watermark of one Kafka partition.
 *
 * <ul>
 *   <li>It trails the newest event time seen by the out-of-orderness bound, so events out of order
 *       by up to the bound are in time for their window.
 *   <li>Rejected records do not move it: a future-dated record was rejected before it gets here.
 *   <li>Quiet (no event for the quiet timeout, measured on Flink's input-activity clock, which
 *       stands still while the source is backpressured): in a live run the watermark follows the
 *       wall clock minus the bound, so windows complete soon after their end even when no more
 *       events arrive; in a bounded run, or with the wall-clock rule off, the partition is marked
 *       idle and does not hold windows back. Replaying history at full speed is never quiet, so it
 *       is not mistaken for lateness.
 * </ul>
 */
final class SegmentWatermarks implements WatermarkGenerator<SegmentRecord> {

    private final long boundMillis;
    private final long quietNanos;
    private final Clock wallClock;
    private final RelativeClock activityClock;

    private long maxTimestamp = Long.MIN_VALUE;
    private long lastEmitted = Long.MIN_VALUE;
    private long events;
    private long eventsAtLastCheck = -1;
    private long quietSinceNanos;
    private boolean idle;

    SegmentWatermarks(
            long boundMillis, long quietNanos, Clock wallClock, RelativeClock activityClock) {
        this.boundMillis = boundMillis;
        this.quietNanos = quietNanos;
        this.wallClock = wallClock;
        this.activityClock = activityClock;
    }

    @Override
    public void onEvent(SegmentRecord record, long timestamp, WatermarkOutput output) {
        if (record.isRejected()) {
            return;
        }
        events++;
        if (timestamp > maxTimestamp) {
            maxTimestamp = timestamp;
        }
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
        if (!isQuiet()) {
            if (maxTimestamp != Long.MIN_VALUE) {
                emit(maxTimestamp - boundMillis - 1, output);
            }
        } else if (wallClock != null) {
            long fromEvents =
                    maxTimestamp == Long.MIN_VALUE
                            ? Long.MIN_VALUE
                            : maxTimestamp - boundMillis - 1;
            emit(Math.max(fromEvents, wallClock.millis() - boundMillis), output);
        } else if (!idle) {
            output.markIdle();
            idle = true;
        }
    }

    private boolean isQuiet() {
        long now = activityClock.relativeTimeNanos();
        if (events != eventsAtLastCheck) {
            eventsAtLastCheck = events;
            quietSinceNanos = now;
            return false;
        }
        return now - quietSinceNanos >= quietNanos;
    }

    private void emit(long watermark, WatermarkOutput output) {
        if (watermark > lastEmitted) {
            lastEmitted = watermark;
            output.emitWatermark(new Watermark(watermark));
            idle = false;
        } else if (idle) {
            output.markActive();
            idle = false;
        }
    }
}
