package dev.okr.job.ingest;

import dev.okr.benchmarks.metric.SimulatedEvents;
import dev.okr.connectors.kafka.SegmentEvent;
import dev.okr.health.HealthSettings;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Dedup per event: {@link DeduplicateFunction} on Flink's heap keyed state (through the operator
 * test harness, which adds its own small cost), keyed by bucket as in the pipeline. Each invocation
 * feeds 100,000 simulated events, 0.2% of them duplicates, to a fresh operator, so nearly every
 * event is a new key: state look-up, insert and, once per bucket, a sweep timer. In this package
 * because the function is package-private.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DedupBenchmark {

    private static final int EVENTS = 100_000;

    /** How dedup keeps its keys: the heap's fingerprint tables, or RocksDB's map of keys. */
    @Param({"FINGERPRINT_TABLE", "KEY_MAP"})
    public DedupState layout;

    private List<SegmentEvent> events;
    private KeyedOneInputStreamOperatorTestHarness<Integer, SegmentEvent, SegmentEvent> harness;

    @Setup(Level.Trial)
    public void simulate() {
        events = SimulatedEvents.parsed(EVENTS);
    }

    @Setup(Level.Invocation)
    public void openOperator() throws Exception {
        harness =
                ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                        new DeduplicateFunction(
                                Duration.ofDays(7), layout, HealthSettings.DISABLED),
                        new DeduplicateFunction.Bucket(),
                        Types.INT);
    }

    @TearDown(Level.Invocation)
    public void closeOperator() throws Exception {
        harness.close();
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public int deduplicate() throws Exception {
        for (SegmentEvent e : events) {
            harness.processElement(e, e.timestampMillis());
        }
        return harness.getOutput().size();
    }
}
