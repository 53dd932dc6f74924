package dev.okr.metric;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.metric.reference.HandComputedCase;
import dev.okr.metric.reference.HandComputedCases;
import dev.okr.metric.reference.RandomEventStream;
import dev.okr.metric.reference.RandomEventStreams;
import dev.okr.metric.reference.ReadingSet;
import dev.okr.metric.reference.ReadingsComparison;
import dev.okr.metric.reference.ReferenceMetricEngine;
import dev.okr.testkit.LocalServersExtension;
import dev.okr.testkit.TestKafka;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The metric engine, run through the real Kafka ingestion on a MiniCluster, against the reference
 * implementation: every hand-computed case, and random event streams over days that cross a DST
 * change, with duplicates, out-of-order, too-late and malformed records.
 */
@ExtendWith(LocalServersExtension.class)
class MetricEngineIT {

    @RegisterExtension
    static final MiniClusterExtension FLINK =
            new MiniClusterExtension(
                    new MiniClusterResourceConfiguration.Builder()
                            .setNumberTaskManagers(1)
                            .setNumberSlotsPerTaskManager(2)
                            .build());

    static Stream<HandComputedCase> handComputedCases() {
        return HandComputedCases.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("handComputedCases")
    void readsEachHandComputedCaseAsComputedWithPenAndPaper(HandComputedCase hand, TestKafka kafka)
            throws Exception {
        EngineRun.Result run = EngineRun.run(kafka, hand.okrs(), hand.records(), hand.asOf());

        assertThat(hand.differences(run.readings())).as(hand.name()).isEmpty();
        List<String> rejected =
                hand.expectedRejections().stream().map(r -> r.index() + ":" + r.reason()).toList();
        assertThat(run.deadLetterReasons())
                .as("dead letters of " + hand.name())
                .containsExactlyInAnyOrderElementsOf(rejected);
    }

    static Stream<Long> seeds() {
        return Stream.of(11L, 12L, 13L);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void readsRandomStreamsExactlyAsTheReference(long seed, TestKafka kafka) throws Exception {
        RandomEventStream stream = RandomEventStreams.generate(seed);
        Instant asOf = RandomEventStreams.end();
        assertThat(stream.lateRuleIsClearAt(asOf)).isTrue();
        ReadingSet expected =
                ReferenceMetricEngine.compute(RandomEventStreams.okrs(), stream.records(), asOf);

        EngineRun.Result run =
                EngineRun.run(kafka, RandomEventStreams.okrs(), stream.records(), asOf);

        ReadingsComparison diff =
                ReadingsComparison.of(RandomEventStreams.okrs(), expected, run.readings());
        assertThat(diff.differences()).as(diff.summary()).isEmpty();
    }
}
