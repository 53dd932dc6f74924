package dev.okr.job.ingest;

import static dev.okr.job.ingest.Events.MONDAY_09_00;
import static dev.okr.job.ingest.Events.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.connectors.kafka.RejectReason;
import dev.okr.connectors.kafka.SegmentEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.util.clock.ManualClock;
import org.junit.jupiter.api.Test;

class SegmentWatermarksTest {

    private static final long BOUND = Duration.ofSeconds(60).toMillis();
    private static final Duration QUIET = Duration.ofSeconds(30);

    private final ManualClock activity = new ManualClock();
    private final RecordingOutput output = new RecordingOutput();

    @Test
    void trailsTheNewestEventTimeByTheBoundAndIgnoresOlderEvents() {
        SegmentWatermarks watermarks =
                new SegmentWatermarks(BOUND, QUIET.toNanos(), null, activity);
        event(watermarks, MONDAY_09_00.plusSeconds(120));
        event(watermarks, MONDAY_09_00);
        watermarks.onPeriodicEmit(output);
        assertThat(output.last()).isEqualTo(MONDAY_09_00.plusSeconds(60).toEpochMilli() - 1);
    }

    @Test
    void aRejectedRecordDoesNotMoveIt() {
        SegmentWatermarks watermarks =
                new SegmentWatermarks(BOUND, QUIET.toNanos(), null, activity);
        event(watermarks, MONDAY_09_00);
        watermarks.onEvent(
                Events.rejected(RejectReason.FUTURE_TIMESTAMP, 2),
                MONDAY_09_00.plus(Duration.ofDays(30)).toEpochMilli(),
                output);
        watermarks.onPeriodicEmit(output);
        assertThat(output.last()).isEqualTo(MONDAY_09_00.toEpochMilli() - BOUND - 1);
    }

    @Test
    void aQuietPartitionGoesIdleWithoutTheWallClockRule() {
        SegmentWatermarks watermarks =
                new SegmentWatermarks(BOUND, QUIET.toNanos(), null, activity);
        event(watermarks, MONDAY_09_00);
        watermarks.onPeriodicEmit(output);
        activity.advanceTime(QUIET.minusMillis(1));
        watermarks.onPeriodicEmit(output);
        assertThat(output.idle).isFalse();
        activity.advanceTime(Duration.ofMillis(1));
        watermarks.onPeriodicEmit(output);
        assertThat(output.idle).isTrue();

        event(watermarks, MONDAY_09_00.plusSeconds(600));
        watermarks.onPeriodicEmit(output);
        assertThat(output.idle).as("an event makes it active again").isFalse();
    }

    @Test
    void inALiveRunAQuietPartitionFollowsTheWallClock() {
        Instant now = MONDAY_09_00.plusSeconds(3600);
        SegmentWatermarks watermarks =
                new SegmentWatermarks(
                        BOUND, QUIET.toNanos(), Clock.fixed(now, ZoneOffset.UTC), activity);
        event(watermarks, MONDAY_09_00);
        watermarks.onPeriodicEmit(output);
        assertThat(output.last()).isEqualTo(MONDAY_09_00.toEpochMilli() - BOUND - 1);

        activity.advanceTime(QUIET);
        watermarks.onPeriodicEmit(output);
        assertThat(output.last())
                .as("a window ending at `now - bound` completes")
                .isEqualTo(now.toEpochMilli() - BOUND);
        assertThat(output.idle).isFalse();
    }

    @Test
    void replayingHistoryAtFullSpeedIsNeverQuiet() {
        Instant now = MONDAY_09_00.plus(Duration.ofDays(90));
        SegmentWatermarks watermarks =
                new SegmentWatermarks(
                        BOUND, QUIET.toNanos(), Clock.fixed(now, ZoneOffset.UTC), activity);
        for (int i = 0; i < 100; i++) {
            event(watermarks, MONDAY_09_00.plusSeconds(i));
            activity.advanceTime(Duration.ofSeconds(1));
            watermarks.onPeriodicEmit(output);
        }
        assertThat(output.last())
                .isEqualTo(MONDAY_09_00.plusSeconds(99).toEpochMilli() - BOUND - 1);
    }

    @Test
    void aPartitionWithoutEventsInALiveRunStartsFromTheWallClockOnceQuiet() {
        Instant now = MONDAY_09_00;
        SegmentWatermarks watermarks =
                new SegmentWatermarks(
                        BOUND, QUIET.toNanos(), Clock.fixed(now, ZoneOffset.UTC), activity);
        watermarks.onPeriodicEmit(output);
        assertThat(output.watermarks).isEmpty();
        activity.advanceTime(QUIET);
        watermarks.onPeriodicEmit(output);
        assertThat(output.last()).isEqualTo(now.toEpochMilli() - BOUND);
    }

    private void event(SegmentWatermarks watermarks, Instant at) {
        SegmentEvent e = order("m-" + at, "u", at);
        watermarks.onEvent(Events.accepted(e, 0), e.timestampMillis(), output);
    }

    private static final class RecordingOutput implements WatermarkOutput {
        final List<Long> watermarks = new ArrayList<>();
        boolean idle;

        @Override
        public void emitWatermark(Watermark watermark) {
            watermarks.add(watermark.getTimestamp());
            idle = false;
        }

        @Override
        public void markIdle() {
            idle = true;
        }

        @Override
        public void markActive() {
            idle = false;
        }

        long last() {
            return watermarks.get(watermarks.size() - 1);
        }
    }
}
