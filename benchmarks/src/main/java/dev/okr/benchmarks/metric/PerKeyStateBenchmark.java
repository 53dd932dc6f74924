package dev.okr.benchmarks.metric;

import dev.okr.metric.internal.BufferedStringSerializer;
import dev.okr.metric.internal.FunnelState;
import dev.okr.metric.internal.PerKeyState;
import dev.okr.metric.internal.PerKeyStateSerializer;
import dev.okr.metric.internal.RetentionState;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.base.StringSerializer;
import org.apache.flink.core.memory.DataOutputViewStreamWrapper;
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
 * Writing one key's state of the per-key stage as a heap checkpoint does, through a buffered
 * stream: with the stage's own serializer, and with the Flink POJO serializer it replaced. Two keys
 * alternate: a visitor seen once (a day of activity in a few windows, a return day) and a customer
 * of many days (activity over four weeks, a cohort, two funnels). And a key, as a checkpoint writes
 * it with its state and with its timer: with the stage's key serializer, and with Flink's it
 * replaced.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PerKeyStateBenchmark {

    /** A simulated user's identity, and a UUID as many products use. */
    private static final String[] KEYS = {"a-c48213", "0b7e1c52-8f3d-4a61-9c2e-5d14f07a9b38"};

    private PerKeyState[] states;
    private TypeSerializer<PerKeyState> pojo;
    private DataOutputViewStreamWrapper checkpoint;
    private int next;

    @Setup
    public void setUp() {
        states = new PerKeyState[] {visitor(), customer()};
        pojo = TypeInformation.of(PerKeyState.class).createSerializer(new SerializerConfigImpl());
        // A checkpoint stream is buffered (4 KiB by default) and then goes to a file.
        checkpoint =
                new DataOutputViewStreamWrapper(
                        new BufferedOutputStream(OutputStream.nullOutputStream(), 4096));
    }

    @Benchmark
    public DataOutputViewStreamWrapper writeWithOwnSerializer() throws IOException {
        PerKeyStateSerializer.INSTANCE.serialize(nextState(), checkpoint);
        return checkpoint;
    }

    @Benchmark
    public DataOutputViewStreamWrapper writeWithPojoSerializer() throws IOException {
        pojo.serialize(nextState(), checkpoint);
        return checkpoint;
    }

    /** A key as a checkpoint writes it (with the key's state, and again with its timer). */
    @Benchmark
    public DataOutputViewStreamWrapper writeKeyBuffered() throws IOException {
        BufferedStringSerializer.INSTANCE.serialize(nextKey(), checkpoint);
        return checkpoint;
    }

    /** The same with the serializer of {@code Types.STRING}, which the stage was keyed by. */
    @Benchmark
    public DataOutputViewStreamWrapper writeKeyWithFlinkStringSerializer() throws IOException {
        StringSerializer.INSTANCE.serialize(nextKey(), checkpoint);
        return checkpoint;
    }

    private String nextKey() {
        next = 1 - next;
        return KEYS[next];
    }

    private PerKeyState nextState() {
        next = 1 - next;
        return states[next];
    }

    private static PerKeyState visitor() {
        PerKeyState s = new PerKeyState(7, 3, 4);
        long day = 20_400;
        s.activity[0] = new long[] {day};
        s.activity[1] = new long[] {day};
        s.activity[3] = new long[] {day * 86_400_000L};
        RetentionState returned = new RetentionState();
        returned.returnDays = new long[] {day};
        s.retention[0] = returned;
        s.cleanupTimer = (day + 35) * 86_400_000L;
        return s;
    }

    private static PerKeyState customer() {
        PerKeyState s = new PerKeyState(7, 3, 4);
        long first = 20_400;
        long[] days = new long[20];
        for (int i = 0; i < days.length; i++) {
            days[i] = first + i + i / 3;
        }
        s.activity[0] = days;
        s.activity[1] = days.clone();
        s.activity[3] = new long[] {first * 86_400_000L};
        s.activity[5] = new long[] {first * 86_400_000L};
        for (int i = 0; i < 3; i++) {
            RetentionState member = new RetentionState();
            member.cohortTime = first * 86_400_000L;
            member.cohortPasses = true;
            member.returnDays = new long[] {first + 1, first + 7, first + 14};
            s.retention[i] = member;
        }
        for (int i = 0; i < 2; i++) {
            FunnelState entered = new FunnelState();
            entered.fromTime = first * 86_400_000L;
            entered.toTimes = new long[] {first * 86_400_000L + 3_600_000L};
            s.funnels[i] = entered;
        }
        s.cleanupTimer = (first + 60) * 86_400_000L;
        return s;
    }
}
