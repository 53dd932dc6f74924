package dev.okr.job.ingest;

import static dev.okr.job.ingest.Events.MONDAY_09_00;
import static dev.okr.job.ingest.Events.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.connectors.kafka.RejectReason;
import dev.okr.connectors.kafka.SegmentEvent;
import dev.okr.connectors.kafka.SegmentRecord;
import dev.okr.health.HealthSettings;
import dev.okr.health.PipelineHealth;
import java.time.Duration;
import java.time.Instant;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

class RecordRouterTest {

    private static final Duration LATENESS = Duration.ofHours(48);
    private static final Instant WATERMARK = MONDAY_09_00.plus(Duration.ofDays(3));

    private OneInputStreamOperatorTestHarness<SegmentRecord, SegmentEvent> harness(Instant asOf)
            throws Exception {
        return ProcessFunctionTestHarnesses.forProcessFunction(
                new RecordRouter(
                        LATENESS, java.time.Duration.ofSeconds(60), asOf, HealthSettings.DISABLED));
    }

    @Test
    void passesValidEventsOnAndRejectsToTheDeadLetters() throws Exception {
        try (var harness = harness(null)) {
            SegmentEvent event = order("m-1", "u-1", MONDAY_09_00);
            harness.processElement(Events.accepted(event, 1), event.timestampMillis());
            harness.processElement(
                    Events.rejected(RejectReason.MALFORMED_JSON, 2), MONDAY_09_00.toEpochMilli());

            assertThat(harness.extractOutputValues()).containsExactly(event);
            assertThat(harness.getSideOutput(RecordRouter.DEAD_LETTERS))
                    .extracting(StreamRecord::getValue)
                    .extracting(SegmentRecord::reason, SegmentRecord::offset)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(RejectReason.MALFORMED_JSON, 2L));
        }
    }

    @Test
    void rejectsAnEventMoreThan48HoursBehindTheWatermarkWithItsOriginalBytes() throws Exception {
        double tooLateBefore = PipelineHealth.rejected(RejectReason.TOO_LATE).count();
        try (var harness = harness(null)) {
            harness.processWatermark(WATERMARK.toEpochMilli());
            SegmentEvent justInTime = order("m-1", "u-1", WATERMARK.minus(LATENESS));
            SegmentEvent tooLate = order("m-2", "u-1", WATERMARK.minus(LATENESS).minusMillis(1));
            SegmentRecord tooLateRecord = Events.accepted(tooLate, 7);
            harness.processElement(Events.accepted(justInTime, 6), justInTime.timestampMillis());
            harness.processElement(tooLateRecord, tooLate.timestampMillis());

            assertThat(harness.extractOutputValues()).containsExactly(justInTime);
            SegmentRecord dead = harness.getSideOutput(RecordRouter.DEAD_LETTERS).poll().getValue();
            assertThat(dead.reason()).isEqualTo(RejectReason.TOO_LATE);
            assertThat(dead.detail()).contains("48 h 0 min behind the watermark");
            assertThat(dead.value()).as("the original bytes").isEqualTo(tooLateRecord.value());
            assertThat(dead.offset()).isEqualTo(7);
        }
        assertThat(PipelineHealth.rejected(RejectReason.TOO_LATE).count() - tooLateBefore)
                .isEqualTo(1.0);
    }

    @Test
    void judgesLatenessByThePartitionsNewestEventBeforeAnyWatermarkArrives() throws Exception {
        // No watermark yet, as at the start of a fast replay: the partition's own newest event
        // decides, so the verdict does not depend on when the periodic watermark comes.
        try (var harness = harness(null)) {
            SegmentEvent newest = order("m-1", "u-1", WATERMARK);
            SegmentEvent threeDaysBehind =
                    order("m-2", "u-1", WATERMARK.minus(java.time.Duration.ofDays(3)));
            harness.processElement(Events.accepted(newest, 1), newest.timestampMillis());
            harness.processElement(
                    Events.accepted(threeDaysBehind, 2), threeDaysBehind.timestampMillis());

            assertThat(harness.extractOutputValues()).containsExactly(newest);
            assertThat(harness.getSideOutput(RecordRouter.DEAD_LETTERS).poll().getValue().reason())
                    .isEqualTo(RejectReason.TOO_LATE);
        }
    }

    @Test
    void inABoundedRunIgnoresEventsAfterTheAsOfInstant() throws Exception {
        Instant asOf = MONDAY_09_00.plusSeconds(60);
        try (var harness = harness(asOf)) {
            SegmentEvent atAsOf = order("m-1", "u-1", asOf);
            SegmentEvent after = order("m-2", "u-1", asOf.plusMillis(1));
            harness.processElement(Events.accepted(atAsOf, 1), atAsOf.timestampMillis());
            harness.processElement(Events.accepted(after, 2), after.timestampMillis());

            assertThat(harness.extractOutputValues()).containsExactly(atAsOf);
            assertThat(harness.getSideOutput(RecordRouter.DEAD_LETTERS))
                    .as("ignored, not dead-lettered")
                    .isNull();
        }
    }
}
