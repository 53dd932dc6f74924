package dev.okr.benchmarks.metric;

import dev.okr.connectors.kafka.SegmentEvent;
import dev.okr.metric.EventMatcher;
import dev.okr.metric.MetricPlan;
import dev.okr.metric.QuantileSketch;
import dev.okr.okrfile.OkrFileLoader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The metric engine's per-event pieces on one thread: matching an event against every metric part
 * of the example OKR files ({@link EventMatcher}: the event-name index, the {@code where}
 * conditions, the signals to the per-key stage), and adding a sample to a {@link QuantileSketch}
 * (percentile metrics). Run from the repository root, which holds {@code examples/}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MetricBenchmark {

    private static final List<Path> EXAMPLES =
            List.of(
                    Path.of("examples/company.yaml"),
                    Path.of("examples/growth.yaml"),
                    Path.of("examples/customer.yaml"),
                    Path.of("examples/platform.yaml"));

    private SegmentEvent[] events;
    private double[] samples;
    private EventMatcher matcher;
    private QuantileSketch sketch;
    private int nextEvent;
    private int nextSample;

    @Setup
    public void setUp() throws Exception {
        events = SimulatedEvents.parsed(10_000).toArray(SegmentEvent[]::new);
        MetricPlan plan =
                MetricPlan.compile(
                        OkrFileLoader.load(EXAMPLES),
                        Optional.of(Instant.parse("2026-12-01T00:00:00Z")));
        matcher = new EventMatcher(plan);
        SplittableRandom random = new SplittableRandom(2026);
        samples = new double[65_536];
        for (int i = 0; i < samples.length; i++) {
            // Latencies in ms, log-normal around 800 ms: many buckets, as real timings fill.
            samples[i] = Math.exp(6.7 + random.nextGaussian());
        }
        sketch = new QuantileSketch();
    }

    @Benchmark
    public void match(Blackhole hole) {
        int i = nextEvent;
        nextEvent = i + 1 == events.length ? 0 : i + 1;
        matcher.match(events[i], hole::consume, hole::consume);
    }

    @Benchmark
    public long addToQuantileSketch() {
        int i = nextSample;
        nextSample = (i + 1) & (samples.length - 1);
        sketch.add(samples[i]);
        return sketch.count();
    }
}
