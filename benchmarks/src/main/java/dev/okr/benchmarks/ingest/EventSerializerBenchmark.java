package dev.okr.benchmarks.ingest;

import dev.okr.connectors.kafka.SegmentEvent;
import dev.okr.connectors.kafka.internal.SegmentEventParser;
import dev.okr.connectors.kafka.internal.SegmentEventSerializer;
import dev.okr.simulator.Simulator;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
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
 * Flink's serializer of {@link SegmentEvent}, one round trip (serialize, deserialize) per operation
 * over 10,000 simulated events: what every event costs crossing the shuffle to dedup.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EventSerializerBenchmark {

    private final DataOutputSerializer out = new DataOutputSerializer(1024);
    private final DataInputDeserializer in = new DataInputDeserializer();
    private SegmentEvent[] events;
    private int next;

    @Setup
    public void simulate() {
        SegmentEventParser parser = new SegmentEventParser();
        List<SegmentEvent> parsed = new ArrayList<>();
        Instant to = Instant.parse("2026-10-01T00:00:00Z");
        Simulator.builder()
                .from(Instant.parse("2026-09-01T00:00:00Z"))
                .to(to)
                .count(10_000)
                .clock(Clock.fixed(to, ZoneOffset.UTC))
                .build()
                .history()
                .forEachRemaining(r -> parsed.add(parser.parse(r.value(), r.kafkaTimestamp())));
        events = parsed.toArray(SegmentEvent[]::new);
    }

    @Benchmark
    public SegmentEvent roundTrip() throws IOException {
        int i = next;
        next = i + 1 == events.length ? 0 : i + 1;
        out.clear();
        SegmentEventSerializer.INSTANCE.serialize(events[i], out);
        in.setBuffer(out.getSharedBuffer(), 0, out.length());
        return SegmentEventSerializer.INSTANCE.deserialize(in);
    }
}
