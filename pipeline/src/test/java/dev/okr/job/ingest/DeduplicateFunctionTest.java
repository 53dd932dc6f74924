package dev.okr.job.ingest;

import static dev.okr.job.ingest.Events.MONDAY_09_00;
import static dev.okr.job.ingest.Events.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.connectors.kafka.SegmentEvent;
import dev.okr.health.HealthSettings;
import dev.okr.health.PipelineHealth;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.state.rocksdb.EmbeddedRocksDBStateBackend;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.OperatorSnapshotUtil;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DeduplicateFunctionTest {

    private static final Duration SEVEN_DAYS = Duration.ofDays(7);

    private KeyedOneInputStreamOperatorTestHarness<Integer, SegmentEvent, SegmentEvent> harness;

    private static KeyedOneInputStreamOperatorTestHarness<Integer, SegmentEvent, SegmentEvent>
            harness(DedupState layout) throws Exception {
        return ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new DeduplicateFunction(SEVEN_DAYS, layout, HealthSettings.DISABLED),
                new DeduplicateFunction.Bucket(),
                Types.INT);
    }

    @AfterEach
    void closeHarness() throws Exception {
        if (harness != null) {
            harness.close();
        }
    }

    @ParameterizedTest
    @EnumSource(DedupState.class)
    void letsTheFirstEventOfAKeyThroughAndDropsItsDuplicates(DedupState layout) throws Exception {
        harness = harness(layout);
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

    @ParameterizedTest
    @EnumSource(DedupState.class)
    void remembersAKeyForAtLeastSevenDaysOfEventTimeThenForgetsIt(DedupState layout)
            throws Exception {
        harness = harness(layout);
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

    @ParameterizedTest
    @EnumSource(DedupState.class)
    void aSweepKeepsTheKeysThatHaveNotExpiredYet(DedupState layout) throws Exception {
        harness = harness(layout);
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

    @ParameterizedTest
    @EnumSource(DedupState.class)
    void stateAndTimersReturnToZeroAfterManyKeys(DedupState layout) throws Exception {
        harness = harness(layout);
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

    @ParameterizedTest
    @EnumSource(DedupState.class)
    void aRestoredCheckpointStillKnowsTheKeysSeenBeforeIt(DedupState layout) throws Exception {
        harness = harness(layout);
        OperatorSubtaskState checkpoint = checkpointOfOrders(0, 3000);
        restore(layout, checkpoint);

        assertThat(ordersPassed(2990, 3010))
                .as("only the 10 keys not seen before the checkpoint")
                .containsExactlyInAnyOrderElementsOf(orderKeys(3000, 3010));
        harness.processWatermark(Long.MAX_VALUE);
        assertThat(harness.numKeyedStateEntries())
                .as("restored keys are swept like the others")
                .isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void fingerprintTablesTakeOverTheKeysOfAKeyMapCheckpoint() throws Exception {
        harness = harness(DedupState.KEY_MAP);
        OperatorSubtaskState checkpoint = checkpointOfOrders(0, 3000);
        restore(DedupState.FINGERPRINT_TABLE, checkpoint);

        assertThat(ordersPassed(0, 3010))
                .as("no key seen before the switch counts again")
                .containsExactlyInAnyOrderElementsOf(orderKeys(3000, 3010));
        harness.processWatermark(Long.MAX_VALUE);
        assertThat(harness.numKeyedStateEntries()).isZero();
    }

    @Test
    void aKeyMapDropsTheTablesOfAFingerprintCheckpointAtTheirSweep() throws Exception {
        harness = harness(DedupState.FINGERPRINT_TABLE);
        OperatorSubtaskState checkpoint = checkpointOfOrders(0, 3000);
        restore(DedupState.KEY_MAP, checkpoint);

        harness.processWatermark(Long.MAX_VALUE);
        assertThat(harness.numKeyedStateEntries())
                .as("fingerprints cannot become keys again, but they do not stay forever")
                .isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @ParameterizedTest
    @EnumSource(DedupState.class)
    void eitherLayoutIsRightOnRocksDb(DedupState layout) throws Exception {
        harness = unopened(layout);
        harness.setStateBackend(new EmbeddedRocksDBStateBackend());
        harness.open();
        assertThat(ordersPassed(0, 2000)).hasSize(2000);
        assertThat(ordersPassed(1990, 2010))
                .as("a table changed in place is written back: RocksDB keeps no reference")
                .containsExactlyInAnyOrderElementsOf(orderKeys(2000, 2010));
        harness.processWatermark(Long.MAX_VALUE);
        assertThat(harness.numEventTimeTimers()).as("every bucket swept").isZero();
        assertThat(ordersPassed(0, 10))
                .as("forgotten after the sweep")
                .containsExactlyElementsOf(orderKeys(0, 10));
    }

    /**
     * A checkpoint of this stage as the version before 96-bit fingerprints wrote it (128-bit
     * fingerprints and their expiry to the millisecond, 24 bytes a key), after orders m-0 to m-2999
     * as {@link #checkpointOfOrders} feeds them; written with Flink's {@link OperatorSnapshotUtil}.
     */
    private static final String EARLIER_CHECKPOINT = "dedup/24-byte-fingerprints.checkpoint";

    @Test
    void aCheckpointOfTheEarlierTableFormatKeepsItsKeysAndIsWrittenAnewInTheNewOne()
            throws Exception {
        OperatorSubtaskState earlier =
                OperatorSnapshotUtil.readStateHandle(
                        Path.of(getClass().getResource("/" + EARLIER_CHECKPOINT).toURI())
                                .toString());
        restore(DedupState.FINGERPRINT_TABLE, earlier);
        assertThat(ordersPassed(2990, 3010))
                .as("only the 10 keys not seen before the checkpoint")
                .containsExactlyInAnyOrderElementsOf(orderKeys(3000, 3010));

        OperatorSubtaskState now = checkpointOfOrders(3010, 3010);
        assertThat(earlier.getStateSize() - now.getStateSize())
                .as("two words a key where the earlier format wrote three: 8 bytes less for each")
                .isGreaterThan(3000L * 7);
        restore(DedupState.FINGERPRINT_TABLE, now);
        assertThat(ordersPassed(0, 3020)).containsExactlyElementsOf(orderKeys(3010, 3020));
        harness.processWatermark(Long.MAX_VALUE);
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    private OperatorSubtaskState checkpointOfOrders(int from, int to) throws Exception {
        ordersPassed(from, to);
        OperatorSubtaskState checkpoint = harness.snapshot(1, 1);
        harness.close();
        return checkpoint;
    }

    private void restore(DedupState layout, OperatorSubtaskState checkpoint) throws Exception {
        harness = unopened(layout);
        harness.setup();
        harness.initializeState(checkpoint);
        harness.open();
    }

    private static KeyedOneInputStreamOperatorTestHarness<Integer, SegmentEvent, SegmentEvent>
            unopened(DedupState layout) throws Exception {
        return new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(
                        new DeduplicateFunction(SEVEN_DAYS, layout, HealthSettings.DISABLED)),
                new DeduplicateFunction.Bucket(),
                Types.INT);
    }

    /** Feeds orders {@code m-from} to {@code m-(to - 1)}; the dedup keys let through. */
    private List<String> ordersPassed(int from, int to) throws Exception {
        int before = harness.extractOutputValues().size();
        for (int i = from; i < to; i++) {
            SegmentEvent e = order("m-" + i, "u-" + i, MONDAY_09_00.plusSeconds(i));
            harness.processElement(e, e.timestampMillis());
        }
        List<SegmentEvent> out = harness.extractOutputValues();
        return out.subList(before, out.size()).stream().map(SegmentEvent::dedupKey).toList();
    }

    private static List<String> orderKeys(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> "m-" + i).toList();
    }
}
