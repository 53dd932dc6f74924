package dev.okr.benchmarks.influx;

import dev.okr.bench.internal.ScorePoints;
import dev.okr.connectors.influx.InfluxPoint;
import dev.okr.connectors.influx.internal.EncodedPoint;
import dev.okr.connectors.influx.internal.LineProtocol;
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
 * Encoding one point as line protocol ({@link LineProtocol}), as the InfluxDB sink does for every
 * point: Key Result scores with 5 tags and 4 fields, about 170 bytes a line.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LineProtocolBenchmark {

    private InfluxPoint[] points;
    private int next;

    @Setup
    public void build() {
        points = new InfluxPoint[4096];
        for (int i = 0; i < points.length; i++) {
            points[i] = ScorePoints.point(i * 7919L);
        }
    }

    @Benchmark
    public EncodedPoint encode() {
        int i = next;
        next = (i + 1) & (points.length - 1);
        return LineProtocol.encode(points[i]);
    }
}
