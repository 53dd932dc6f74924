package dev.okr.benchmarks.influx;

import dev.okr.bench.Spread;
import dev.okr.bench.internal.InfluxCeiling;
import dev.okr.bench.internal.InfluxHttpClient;
import dev.okr.bench.internal.ScorePoints;
import dev.okr.connectors.influx.InfluxPoint;
import dev.okr.connectors.influx.InfluxSink;
import dev.okr.infra.local.LocalInflux;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Points per second the {@link InfluxSink} sustains into a local influxd, beside the server's own
 * ceiling measured in the same run: pre-encoded line protocol posted in 5,000-point batches over as
 * many connections as the sink uses (parallelism × in-flight requests).
 *
 * <p>Each run writes the same points twice, to a fresh database each time: once as the ceiling,
 * once through a Flink job on a local MiniCluster; a first run warms up and is not counted. The
 * sink's time runs from the first element it encodes to the moment InfluxDB has acknowledged the
 * last point (its {@code points.written} meter, polled every 2 ms), so job start-up is not counted;
 * the ceiling's from the first post to the last answer. Settings come from environment variables:
 * {@code BENCH_POINTS} (default 2,000,000), {@code BENCH_RUNS} (5), {@code BENCH_PARALLELISM} (2),
 * {@code BENCH_IN_FLIGHT} (2).
 */
public final class InfluxSinkBenchmark {

    private static final int BATCH = InfluxCeiling.BATCH;
    private static final SimpleMeterRegistry METERS = new SimpleMeterRegistry();
    private static final AtomicLong FIRST_ELEMENT_NANOS = new AtomicLong();

    private final long points = env("BENCH_POINTS", 2_000_000);
    private final int runs = (int) env("BENCH_RUNS", 5);
    private final int parallelism = (int) env("BENCH_PARALLELISM", 2);
    private final int inFlight = (int) env("BENCH_IN_FLIGHT", 2);

    public static void main(String[] args) throws Exception {
        new InfluxSinkBenchmark().run();
    }

    private void run() throws Exception {
        List<byte[]> bodies = InfluxCeiling.encodeBodies(points);
        List<Double> ceilings = new ArrayList<>();
        List<Double> sinks = new ArrayList<>();
        try (LocalInflux server = LocalInflux.builder().start()) {
            InfluxHttpClient influx = new InfluxHttpClient(server.url());
            // Run 0 warms up the JIT and influxd and is not counted. The order alternates, so
            // that neither side always meets a server still busy with the other's writes.
            for (int run = 0; run <= runs; run++) {
                double ceiling;
                double sink;
                if (run % 2 == 0) {
                    ceiling = ceiling("ceiling_" + run, influx, bodies);
                    sink = sink(influx, "sink_" + run, "sink_" + run);
                } else {
                    sink = sink(influx, "sink_" + run, "sink_" + run);
                    ceiling = ceiling("ceiling_" + run, influx, bodies);
                }
                System.out.printf(
                        "run %d%s: ceiling %,.0f points/s, sink %,.0f points/s, ratio %.2f%n",
                        run, run == 0 ? " (warm-up)" : "", ceiling, sink, sink / ceiling);
                if (run > 0) {
                    ceilings.add(ceiling);
                    sinks.add(sink);
                }
                influx.query("DROP DATABASE ceiling_" + run);
                influx.query("DROP DATABASE sink_" + run);
            }
        }
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            ratios.add(sinks.get(i) / ceilings.get(i));
        }
        System.out.printf(
                "%,d points, %d connections (parallelism %d × %d in flight), %d runs%n",
                points, parallelism * inFlight, parallelism, inFlight, runs);
        System.out.println("ceiling points/s: " + Spread.of(ceilings).format("%,.0f"));
        System.out.println("sink points/s:    " + Spread.of(sinks).format("%,.0f"));
        System.out.println("sink / ceiling:   " + Spread.of(ratios).format("%.2f"));
    }

    private double ceiling(String database, InfluxHttpClient influx, List<byte[]> bodies)
            throws Exception {
        return InfluxCeiling.pointsPerSecond(influx, database, bodies, parallelism * inFlight);
    }

    private double sink(InfluxHttpClient influx, String database, String prefix) throws Exception {
        influx.query("CREATE DATABASE " + database);
        FIRST_ELEMENT_NANOS.set(0);
        StreamExecutionEnvironment env =
                StreamExecutionEnvironment.createLocalEnvironment(parallelism);
        env.fromSequence(0, points - 1)
                .sinkTo(
                        InfluxSink.<Long>builder()
                                .setUrl(influx.url())
                                .setDatabase(database)
                                .setSerializer(InfluxSinkBenchmark::timedPoint)
                                .setMaxBatchSize(BATCH)
                                .setMaxInFlightRequests(inFlight)
                                .setMeterRegistry(() -> METERS)
                                .setMeterPrefix(prefix)
                                .build());
        Thread job = new Thread(() -> execute(env), "benchmark-job");
        job.start();
        long lastAck = awaitAcknowledged(prefix + ".points.written", job);
        job.join();
        return points / ((lastAck - FIRST_ELEMENT_NANOS.get()) / 1e9);
    }

    /** The sink's clock starts when it encodes its first element. */
    private static InfluxPoint timedPoint(Long i) {
        FIRST_ELEMENT_NANOS.compareAndSet(0, System.nanoTime());
        return ScorePoints.point(i);
    }

    private long awaitAcknowledged(String meter, Thread job) throws InterruptedException {
        while (true) {
            var counter = METERS.find(meter).counter();
            if (counter != null && counter.count() >= points) {
                return System.nanoTime();
            }
            if (!job.isAlive()) {
                throw new IllegalStateException("the sink job ended before writing every point");
            }
            Thread.sleep(2);
        }
    }

    private static void execute(StreamExecutionEnvironment env) {
        try {
            env.execute("influx-sink-benchmark");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long env(String name, long defaultValue) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? defaultValue : Long.parseLong(value.trim());
    }
}
