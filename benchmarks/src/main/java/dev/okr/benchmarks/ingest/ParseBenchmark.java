package dev.okr.benchmarks.ingest;

import dev.okr.connectors.kafka.SegmentEvent;
import dev.okr.connectors.kafka.internal.SegmentEventParser;
import dev.okr.simulator.SimulatedRecord;
import dev.okr.simulator.Simulator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The parser alone on one thread, over 10,000 simulated records (about 350 bytes each): the cost
 * per event of turning Kafka bytes into a {@link SegmentEvent}, without Kafka or Flink.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {

    private final SegmentEventParser parser = new SegmentEventParser();
    private byte[][] values;
    private long[] timestamps;
    private int next;

    @Setup
    public void simulate() {
        List<SimulatedRecord> records = new ArrayList<>();
        Instant to = Instant.parse("2026-10-01T00:00:00Z");
        Simulator.builder()
                .from(Instant.parse("2026-09-01T00:00:00Z"))
                .to(to)
                .count(10_000)
                .clock(Clock.fixed(to, ZoneOffset.UTC))
                .build()
                .history()
                .forEachRemaining(records::add);
        values = records.stream().map(SimulatedRecord::value).toArray(byte[][]::new);
        timestamps = records.stream().mapToLong(SimulatedRecord::kafkaTimestamp).toArray();
    }

    @Benchmark
    public SegmentEvent parse() {
        int i = next;
        next = i + 1 == values.length ? 0 : i + 1;
        return parser.parse(values[i], timestamps[i]);
    }
}
