package dev.okr.job.ingest;

import static dev.okr.job.ingest.Events.MONDAY_09_00;
import static dev.okr.job.ingest.Events.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.connectors.kafka.SegmentEvent;
import dev.okr.health.HealthSettings;
import dev.okr.health.PipelineHealth;
import java.time.Duration;
import java.time.Instant;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeduplicateFunctionTest {

    private static final Duration SEVEN_DAYS = Duration.ofDays(7);

    private KeyedOneInputStreamOperatorTestHarness<Integer, SegmentEvent, SegmentEvent> harness;

    @BeforeEach
    void openHarness() throws Exception {
        harness =
                ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                        new DeduplicateFunction(SEVEN_DAYS, HealthSettings.DISABLED),
                        new DeduplicateFunction.Bucket(),
                        Types.INT);
    }

    @AfterEach
    void closeHarness() throws Exception {
        harness.close();
    }

    @Test
    void letsTheFirstEventOfAKeyThroughAndDropsItsDuplicates() throws Exception {
        double duplicatesBefore = PipelineHealth.duplicates().count();
        SegmentEvent first = order("m-1", "u-1", MONDAY_09_00);
        SegmentEvent other = order("m-2", "u-1", MONDAY_09_00);
        harness.processElement(first, first.timestampMillis());
        harness.processElement(first, first.timestampMillis());
        harness.processElement(other, other.timestampMillis());
        harness.processElement(
                order("m-1", "u-1", MONDAY_09_00.plusSeconds(5)),
                MONDAY_09_00.plusSeconds(5).toEpochMilli());

        assertThat(harness.extractOutputValues()).containsExactly(first, other);
        assertThat(PipelineHealth.duplicates().count() - duplicatesBefore).isEqualTo(2.0);
    }

    @Test
    void remembersAKeyForAtLeastSevenDaysOfEventTimeThenForgetsIt() throws Exception {
        SegmentEvent first = order("m-1", "u-1", MONDAY_09_00);
        harness.processElement(first, first.timestampMillis());
        assertThat(harness.numKeyedStateEntries())
                .as("the key and the bucket's sweep")
                .isEqualTo(2);
        assertThat(harness.numEventTimeTimers()).isEqualTo(1);

        Instant sevenDaysLater = MONDAY_09_00.plus(SEVEN_DAYS);
        harness.processWatermark(sevenDaysLater.toEpochMilli());
        harness.processElement(first, first.timestampMillis());
        assertThat(harness.extractOutputValues()).as("still a duplicate after 7 days").hasSize(1);

        long sweep =
                Math.floorDiv(sevenDaysLater.toEpochMilli(), DeduplicateFunction.SWEEP_MILLIS)
                                * DeduplicateFunction.SWEEP_MILLIS
                        + DeduplicateFunction.SWEEP_MILLIS;
        harness.processWatermark(sweep - 1);
        assertThat(harness.numKeyedStateEntries()).as("kept until the sweep").isEqualTo(2);
        harness.processWatermark(sweep);
        assertThat(harness.numKeyedStateEntries()).as("state is swept within 2 days").isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void aSweepKeepsTheKeysThatHaveNotExpiredYet() throws Exception {
        SegmentEvent monday = order("m-1", "u-1", MONDAY_09_00);
        SegmentEvent thursday = order("m-2", "u-2", MONDAY_09_00.plus(Duration.ofDays(3)));
        harness.processElement(monday, monday.timestampMillis());
        harness.processElement(thursday, thursday.timestampMillis());
        harness.processWatermark(MONDAY_09_00.plus(Duration.ofDays(9)).toEpochMilli());
        harness.processElement(thursday, thursday.timestampMillis());
        harness.processElement(monday, monday.timestampMillis());

        assertThat(harness.extractOutputValues())
                .as("Thursday's key is still remembered; Monday's was forgotten")
                .containsExactly(monday, thursday, monday);
    }

    @Test
    void stateAndTimersReturnToZeroAfterManyKeys() throws Exception {
        for (int i = 0; i < 1000; i++) {
            SegmentEvent e = order("m-" + (i % 400), "u-" + i, MONDAY_09_00.plusSeconds(i));
            harness.processElement(e, e.timestampMillis());
        }
        assertThat(harness.extractOutputValues()).hasSize(400);
        assertThat(harness.numKeyedStateEntries()).isPositive();
        harness.processWatermark(Long.MAX_VALUE);
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }
}
