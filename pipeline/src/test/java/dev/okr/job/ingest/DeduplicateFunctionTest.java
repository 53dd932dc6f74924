package dev.okr.job.ingest;

import static dev.okr.job.ingest.Events.MONDAY_09_00;
import static dev.okr.job.ingest.Events.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.connectors.kafka.SegmentEvent;
import dev.okr.health.HealthSettings;
import dev.okr.health.PipelineHealth;
import java.time.Duration;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeduplicateFunctionTest {

    private static final Duration SEVEN_DAYS = Duration.ofDays(7);

    private KeyedOneInputStreamOperatorTestHarness<String, SegmentEvent, SegmentEvent> harness;

    @BeforeEach
    void openHarness() throws Exception {
        harness =
                ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                        new DeduplicateFunction(SEVEN_DAYS, HealthSettings.DISABLED),
                        SegmentEvent::dedupKey,
                        Types.STRING);
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
    void remembersAKeyForSevenDaysOfEventTimeThenForgetsIt() throws Exception {
        SegmentEvent first = order("m-1", "u-1", MONDAY_09_00);
        harness.processElement(first, first.timestampMillis());
        assertThat(harness.numKeyedStateEntries()).isEqualTo(1);
        assertThat(harness.numEventTimeTimers()).isEqualTo(1);

        harness.processWatermark(MONDAY_09_00.plus(SEVEN_DAYS).toEpochMilli() - 1);
        harness.processElement(first, first.timestampMillis());
        assertThat(harness.extractOutputValues())
                .as("still a duplicate just before 7 days")
                .hasSize(1);

        harness.processWatermark(MONDAY_09_00.plus(SEVEN_DAYS).toEpochMilli());
        assertThat(harness.numKeyedStateEntries()).as("state expires with the horizon").isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void stateAndTimersReturnToZeroAfterManyKeys() throws Exception {
        for (int i = 0; i < 1000; i++) {
            SegmentEvent e = order("m-" + (i % 400), "u-" + i, MONDAY_09_00.plusSeconds(i));
            harness.processElement(e, e.timestampMillis());
        }
        assertThat(harness.extractOutputValues()).hasSize(400);
        assertThat(harness.numKeyedStateEntries()).isEqualTo(400);
        harness.processWatermark(Long.MAX_VALUE);
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }
}
