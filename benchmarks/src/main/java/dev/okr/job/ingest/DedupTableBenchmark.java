package dev.okr.job.ingest;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.flink.core.memory.DataOutputViewStreamWrapper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One dedup bucket's table of fingerprints ({@link ExpiringFingerprints}), sized as in the bench's
 * default run (about 3 million keys within the horizon over 16,384 buckets: 180 a bucket):
 *
 * <ul>
 *   <li>{@code addAndSweep}: a bucket's life in steady state, per key: keys arrive and a sweep
 *       forgets as many as arrived since the last one. Run with {@code -prof gc} to see what it
 *       allocates per key.
 *   <li>{@code writeBuffered} and {@code writeLongByLong}: the table written into a buffered
 *       stream, as a heap checkpoint does, by its serializer, and one long at a time as that
 *       serializer did before.
 *   <li>{@code copy}: what the heap state backend does to the table of a bucket that an event
 *       touches while a checkpoint is being written.
 * </ul>
 *
 * In this package because the table is package-private.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DedupTableBenchmark {

    private static final int KEYS = 180;

    /** Keys that arrive between two sweeps of a bucket: a sweep in 2 days of a 9-day horizon. */
    private static final int PER_SWEEP = 40;

    /** Keys arrive a minute apart, the unit the table keeps expiries in. */
    private static final long MINUTE = 60_000;

    private final SplittableRandom random = new SplittableRandom(20261205);
    private ExpiringFingerprints table;
    private DataOutputViewStreamWrapper checkpoint;
    private long now;

    @Setup
    public void setUp() {
        table = new ExpiringFingerprints();
        for (int i = 0; i < KEYS; i++) {
            now += MINUTE;
            table.add(random.nextLong(), random.nextInt(), now + KEYS * MINUTE);
        }
        // A checkpoint stream is buffered (4 KiB by default) and then goes to a file.
        checkpoint =
                new DataOutputViewStreamWrapper(
                        new BufferedOutputStream(OutputStream.nullOutputStream(), 4096));
    }

    @Benchmark
    @OperationsPerInvocation(PER_SWEEP)
    public long addAndSweep() {
        for (int i = 0; i < PER_SWEEP; i++) {
            now += MINUTE;
            table.add(random.nextLong(), random.nextInt(), now + KEYS * MINUTE);
        }
        return table.forgetExpired(now);
    }

    @Benchmark
    public DataOutputViewStreamWrapper writeBuffered() throws IOException {
        ExpiringFingerprintsSerializer.INSTANCE.serialize(table, checkpoint);
        return checkpoint;
    }

    @Benchmark
    public DataOutputViewStreamWrapper writeLongByLong() throws IOException {
        checkpoint.writeInt(table.size());
        table.forEach(
                (high, entry) -> {
                    checkpoint.writeLong(high);
                    checkpoint.writeLong(entry);
                });
        return checkpoint;
    }

    @Benchmark
    public ExpiringFingerprints copy() {
        return ExpiringFingerprintsSerializer.INSTANCE.copy(table);
    }
}
